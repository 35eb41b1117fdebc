// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from '@/shared/ui/data-table';

afterEach(cleanup);

describe('DataTable', () => {
  it('names the table, heads every column for screen readers, right-aligns figures', () => {
    render(
      <DataTable
        caption="คะแนนรายตัวชี้วัด"
        columns={[{ label: 'ตัวชี้วัด' }, { label: 'คะแนน', num: true }, { label: 'ดู', className: 'no-print' }]}
        className="stack"
        testId="t"
      >
        <tr>
          <th scope="row">การปฏิบัติหน้าที่</th>
          <td className="num">92.69</td>
          <td />
        </tr>
      </DataTable>,
    );
    const table = screen.getByRole('table', { name: 'คะแนนรายตัวชี้วัด' });
    expect(table.className).toBe('table stack');
    expect(table.parentElement?.className).toBe('table-scroll');
    const heads = within(table).getAllByRole('columnheader');
    expect(heads.map((h) => [h.textContent, h.getAttribute('scope'), h.className])).toEqual([
      ['ตัวชี้วัด', 'col', ''],
      ['คะแนน', 'col', 'num'],
      ['ดู', 'col', 'no-print'],
    ]);
    expect(within(table).getByRole('rowheader').textContent).toBe('การปฏิบัติหน้าที่');
  });

  it('takes a heading row of its own, and stays out of a scrolling box when asked', () => {
    render(
      <div className="outer">
        <DataTable
          scroll={false}
          head={
            <tr>
              <th scope="col">
                <button type="button">เรียง</button>
              </th>
            </tr>
          }
        >
          <tr>
            <td>1</td>
          </tr>
        </DataTable>
      </div>,
    );
    const table = screen.getByRole('table');
    expect(table.parentElement?.className).toBe('outer');
    expect(within(table).getByRole('columnheader').querySelector('button')?.textContent).toBe('เรียง');
    expect(table.querySelector('caption')).toBeNull();
  });
});
