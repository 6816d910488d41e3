// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTypedNumber } from '@shared/format/parse-number.ts';
import { NumberField } from '@renderer/components/fields/NumberField.tsx';

function Budget({ initial = 5_000_000 }: { initial?: number }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <NumberField
        label="תקציב"
        value={value}
        format={(amount) => amount.toLocaleString('en-US')}
        parse={parseTypedNumber}
        validate={(amount) => (amount === null ? 'יש להזין מספר' : amount < 0 ? 'לא פחות מאפס' : null)}
        onChange={setValue}
      />
      <output aria-label="ערך בתכנית">{value}</output>
      <button type="button" onClick={() => setValue(1_000)}>
        שינוי מבחוץ
      </button>
    </>
  );
}

describe('a number field', () => {
  afterEach(cleanup);

  it('takes a number typed with separators and a shekel sign', () => {
    render(<Budget />);
    fireEvent.change(screen.getByLabelText('תקציב'), { target: { value: '₪ 2,500,000' } });
    expect(screen.getByLabelText('ערך בתכנית').textContent).toBe('2500000');
  });

  it('keeps a wrong entry on screen with a message naming the problem, and the plan its last good value', () => {
    render(<Budget />);
    const input = screen.getByLabelText('תקציב');
    fireEvent.change(input, { target: { value: 'הרבה' } });
    expect(screen.getByRole('alert').textContent).toBe('יש להזין מספר');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((input as HTMLInputElement).value).toBe('הרבה');
    expect(screen.getByLabelText('ערך בתכנית').textContent).toBe('5000000');
    fireEvent.change(input, { target: { value: '-3' } });
    expect(screen.getByRole('alert').textContent).toBe('לא פחות מאפס');
  });

  it('shows the plan again when the value changes from outside, such as an undo', () => {
    render(<Budget />);
    const input = screen.getByLabelText('תקציב') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '2,000' } });
    fireEvent.click(screen.getByRole('button', { name: 'שינוי מבחוץ' }));
    expect(input.value).toBe('1,000');
  });
});
