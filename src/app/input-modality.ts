/**
 * Whether the user last used the keyboard or a pointer, kept on <html data-input> for styles/focus.css:
 * a heading the app focuses itself after a navigation (tabindex -1) shows the focus ring only to someone
 * moving by keyboard, not after a click or on a fresh page load.
 */
export function trackInputModality(root: HTMLElement = document.documentElement): void {
  const set = (v: 'keyboard' | 'pointer') => {
    if (root.dataset.input !== v) root.dataset.input = v;
  };
  window.addEventListener(
    'keydown',
    (e) => {
      if (!e.metaKey && !e.ctrlKey && !e.altKey) set('keyboard');
    },
    true,
  );
  window.addEventListener('pointerdown', () => set('pointer'), true);
}
