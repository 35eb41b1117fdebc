import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '@/shared/i18n/use-i18n';

/**
 * The main navigation. On a wide screen its links show in a row; on a phone (≤ 640 px, CSS) they fold
 * behind a menu button (aria-expanded) that opens them as a list. Escape or a click outside closes the
 * list and puts the focus back on the button; following a link closes it too.
 */
export function NavMenu({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    // A link was followed (or Back): the list closes.
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (box.current && e.target instanceof Node && !box.current.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  return (
    <div
      className="app-menu"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        type="button"
        ref={button}
        className="menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span className="menu-icon" aria-hidden="true" />
        {t('nav.menu')}
      </button>
      <nav
        id={id}
        aria-label={t('nav.label')}
        className={open ? 'app-nav open' : 'app-nav'}
        onClick={(e) => {
          if (e.target instanceof Element && e.target.closest('a')) setOpen(false);
        }}
      >
        {children}
      </nav>
    </div>
  );
}
