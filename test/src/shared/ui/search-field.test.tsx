// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchField } from '@/shared/ui/search-field';

afterEach(cleanup);

describe('SearchField', () => {
  it('is named by its label, starts from the kept search, and hands over every keystroke', async () => {
    const onChange = vi.fn();
    render(<SearchField label="ค้นหาหน่วยงาน" value="ยะลา" onChange={onChange} placeholder="ชื่อหรือรหัส" />);
    const box = screen.getByRole('searchbox', { name: 'ค้นหาหน่วยงาน' }) as HTMLInputElement;
    expect(box.value).toBe('ยะลา');
    expect(box.placeholder).toBe('ชื่อหรือรหัส');
    await userEvent.type(box, ' ทต.');
    expect(onChange.mock.calls.map(([v]) => v)).toEqual(['ยะลา ', 'ยะลา ท', 'ยะลา ทต', 'ยะลา ทต.']);
  });

  it('shows what is typed at once even when the kept search lags behind', async () => {
    render(<SearchField label="ค้นหา" value="" onChange={() => undefined} />);
    const box = screen.getByRole('searchbox', { name: 'ค้นหา' }) as HTMLInputElement;
    await userEvent.type(box, 'อบจ.');
    expect(box.value).toBe('อบจ.');
  });
});
