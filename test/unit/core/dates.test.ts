import { describe, expect, it } from 'vitest';
import { findDate, isDateOnly } from '../../../src/core/dates';

describe('dates as EDTF', () => {
  it.each([
    ['https://ift.tt/yPL7XRi 19, 2022 at 07:45PM', '2022-XX-19T19:45'],
    ['November 19, 2022 at 07:45PM', '2022-11-19T19:45'],
    ['Published: 12 March 2024, 14:05 GMT', '2024-03-12T14:05Z'],
    ['Updated 12 March 2024 14:05 BST', '2024-03-12T14:05+01:00'],
    ['Thursday, May 23, 2024', '2024-05-23'],
    ['jueves, 23 de mayo de 2024', '2024-05-23'],
    ['Donnerstag, 23. Mai 2024', '2024-05-23'],
    ['jeudi 23 mai 2024', '2024-05-23'],
    ['23 мая 2024 г.', '2024-05-23'],
    ['23 de maio de 2024', '2024-05-23'],
    ['23 مايو 2024', '2024-05-23'],
    ['2024-05-23T10:00:00+02:00', '2024-05-23T10:00+02:00'],
    ['12.03.2024 14:05', '2024-03-12T14:05'],
  ])('%j → %s', (text, edtf) => {
    expect(findDate(text)?.edtf).toBe(edtf);
  });
  it.each(['3 hours ago', 'He was born May 2 in a small town.', 'Call 555-1234', 'Room 12.30'])('%j is not a date', (text) => {
    expect(findDate(text)).toBeNull();
  });
  it('a zone is written only when stated', () => {
    expect(findDate('May 9, 2024 at 10:31 am')?.edtf).toBe('2024-05-09T10:31');
  });
  it('tells a date line from a sentence with a date', () => {
    expect(isDateOnly('Thursday, May 23, 2024')).not.toBeNull();
    expect(isDateOnly('The summit ended on May 23, 2024 with no agreement.')).toBeNull();
  });
});
