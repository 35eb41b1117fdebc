import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { snapshotCharts } from '@/shared/chart/print-snapshot';

/** Class on <html> while the one-page print layout is in force (trends.css lays the page out for A4). */
export const PRINT_CLASS = 'trends-printing';

/**
 * The print layout: just before the browser prints (Ctrl+P, the print button, or a PDF printer), switch
 * the page to its A4-landscape layout and picture the charts at their printed size; switch back
 * afterwards. Returns the moment of printing, for the printed date.
 */
export function usePrintLayout(root: RefObject<HTMLElement | null>): Date {
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    const html = document.documentElement;
    const before = () => {
      flushSync(() => setPrintedAt(new Date()));
      html.classList.add(PRINT_CLASS);
      snapshotCharts(root.current, true);
    };
    const after = () => {
      html.classList.remove(PRINT_CLASS);
      snapshotCharts(root.current, false);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      html.classList.remove(PRINT_CLASS);
    };
  }, [root]);
  return printedAt;
}
