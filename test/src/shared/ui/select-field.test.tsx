// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelectField } from '@/shared/ui/select-field';

afterEach(cleanup);

describe('SelectField', () => {
  it('is named by its label, shows the value and hands over the chosen option', async () => {
    const onChange = vi.fn();
    render(
      <SelectField label="ปีงบประมาณ" value={2567} onChange={onChange}>
        <option value={2568}>2568</option>
        <option value={2567}>2567</option>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: 'ปีงบประมาณ' }) as HTMLSelectElement;
    expect(select.value).toBe('2567');
    await userEvent.selectOptions(select, '2568');
    expect(onChange).toHaveBeenCalledWith('2568');
  });

  it('can be switched off', () => {
    render(
      <SelectField label="อำเภอ" value="" onChange={() => undefined} disabled>
        <option value="">ทั้งหมด</option>
      </SelectField>,
    );
    expect((screen.getByRole('combobox', { name: 'อำเภอ' }) as HTMLSelectElement).disabled).toBe(true);
  });
});
