import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long after a navigation a lost focus is still put back on the new view's heading. */
const SETTLE_MS = 10_000;

function focusLost(): boolean {
  const el = document.activeElement;
  return !el || el === document.body || !el.isConnected;
}

/** Focus the view's main heading, when it is there yet (made focusable by script, not by Tab). */
function focusHeading(main: HTMLElement): void {
  const h1 = main.querySelector<HTMLElement>('h1');
  if (!h1) return;
  if (!h1.hasAttribute('tabindex')) h1.tabIndex = -1;
  h1.focus();
}

/**
 * After a navigation that took the focus away (the link or button that had it is gone), put it on the new
 * view's main heading, so keyboard and screen-reader users start at the top of what they opened instead of
 * at the start of the document. A view that places the focus itself, or a focus kept on a control that is
 * still there (tabs, filters), is left alone. Views that load lazily or show a loading heading first are
 * followed for a few seconds, until the user presses a key or the pointer.
 */
export function useRouteFocus(mainId: string): void {
  const { pathname, search } = useLocation();
  // The location the focus was last placed for: the first one (the page load) and repeated effect runs
  // for the same location do nothing.
  const placedFor = useRef(pathname + search);
  useEffect(() => {
    if (placedFor.current === pathname + search) return;
    placedFor.current = pathname + search;
    const main = document.getElementById(mainId);
    if (!main) return;
    const place = () => {
      if (focusLost()) focusHeading(main);
    };
    place();
    const observer = new MutationObserver(place);
    observer.observe(main, { childList: true, subtree: true });
    let timer = 0;
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
      window.removeEventListener('keydown', stop, true);
      window.removeEventListener('pointerdown', stop, true);
    };
    timer = window.setTimeout(stop, SETTLE_MS);
    window.addEventListener('keydown', stop, true);
    window.addEventListener('pointerdown', stop, true);
    return stop;
  }, [pathname, search, mainId]);
}
