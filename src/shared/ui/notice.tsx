import type { ReactNode } from 'react';

export type NoticeTone = 'info' | 'warning' | 'error' | 'synthetic';

/** A boxed message; `role` makes errors and warnings announced when they appear. */
export function Notice({
  tone,
  children,
  title,
}: {
  tone: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
}) {
  const role = tone === 'error' ? 'alert' : tone === 'warning' ? 'status' : undefined;
  return (
    <div className={`notice notice-${tone}`} role={role}>
      {title ? <p className="notice-title">{title}</p> : null}
      {children}
    </div>
  );
}
