/**
 * What the page's main thread did, from Chromium's own trace: every task's wall time and the CPU time
 * the thread really spent in it. On a busy machine the OS can pause the renderer in the middle of a
 * short task, which stretches its wall time (and the Long Tasks API's `duration`) without any work of
 * ours; CPU time is what our code costs. Tests assert on CPU time and report both.
 */
import type { Browser, Page } from 'playwright-core';

export interface MainThreadTask {
  /** Wall-clock milliseconds. */
  wall: number;
  /** Milliseconds of CPU the main thread spent in the task. */
  cpu: number;
}

export interface MainThreadReport {
  tasks: number;
  /** Tasks over 50 ms of wall time (what the Long Tasks API would report). */
  longWall: MainThreadTask[];
  /** Tasks over 50 ms of CPU time: work of ours that blocks the page. */
  longCpu: MainThreadTask[];
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Start tracing the page's renderer; the returned function stops and summarises. One at a time. */
export async function traceMainThread(
  browser: Browser,
  page: Page,
): Promise<() => Promise<MainThreadReport>> {
  await browser.startTracing(page, { categories: ['toplevel'] });
  return async () => {
    const raw = JSON.parse((await browser.stopTracing()).toString('utf8')) as
      { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(raw) ? raw : raw.traceEvents;
    const mains = new Set(
      events
        .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const tasks = events
      .filter(
        (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && mains.has(`${e.pid}:${e.tid}`),
      )
      .map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 }));
    if (mains.size === 0 || tasks.length === 0)
      throw new Error('the trace holds no renderer main-thread task');
    return {
      tasks: tasks.length,
      longWall: tasks.filter((t) => t.wall > 50),
      longCpu: tasks.filter((t) => t.cpu > 50),
    };
  };
}

/** "none" or the tasks as "wall/cpu ms" pairs, for a report line. */
export function describeTasks(tasks: readonly MainThreadTask[]): string {
  return tasks.length ? tasks.map((t) => `${t.wall.toFixed(0)}/${t.cpu.toFixed(0)}`).join(', ') : 'none';
}
