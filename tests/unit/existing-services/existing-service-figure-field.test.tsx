// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExistingServiceFigure } from '@shared/commands/existing-service-figures.ts';
import { ExistingServiceFigureField } from '@renderer/stations/ExistingServiceFigureField.tsx';

function Figure({ figure, initial }: { figure: ExistingServiceFigure; initial: number | null }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <ExistingServiceFigureField figure={figure} label="שדה" value={value} onChange={setValue} />
      <output aria-label="בתכנית">{value === null ? 'לא ידוע' : String(value)}</output>
    </>
  );
}

const field = () => screen.getByLabelText('שדה');
const inPlan = () => screen.getByLabelText('בתכנית').textContent;

describe('a figure of an existing service', () => {
  afterEach(cleanup);

  it('reads money as people type it and keeps an emptied cost as not known', () => {
    render(<Figure figure="yearlyCost" initial={null} />);
    fireEvent.change(field(), { target: { value: '₪ 126,720.50' } });
    expect(inPlan()).toBe('126720.5');
    fireEvent.change(field(), { target: { value: '' } });
    expect(inPlan()).toBe('לא ידוע');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps a wrong entry in the field with the reason, and the plan its last good value', () => {
    render(<Figure figure="participants" initial={30} />);
    fireEvent.change(field(), { target: { value: '30.5' } });
    expect(screen.getByRole('alert').textContent).toBe('סופרים אנשים במספרים שלמים');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field(), { target: { value: '' } });
    expect(screen.getByRole('alert').textContent).toBe('יש להקליד מספר (0 אם אין)');
    fireEvent.change(field(), { target: { value: 'שלושים' } });
    expect(screen.getByRole('alert').textContent).toBe('יש להקליד מספר');
    expect(inPlan()).toBe('30');
  });
});
