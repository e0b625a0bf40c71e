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
    // French writes the time with an h, spaced or not.
    ['12 mars 2024 à 19 h 15', '2024-03-12T19:15'],
    ['Publié le 12 mars 2024 à 19h15', '2024-03-12T19:15'],
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

describe('dates the metadata set needs', () => {
  it.each([
    ['Veröffentlicht am 3. März 2024, 14:05 Uhr', '2024-03-03T14:05'],
    ['Veröffentlicht am 19. Januar 2024 um 11:30 Uhr MEZ', '2024-01-19T11:30+01:00'],
    ['Publicado el 3 de marzo de 2024 a las 14:05 CET', '2024-03-03T14:05+01:00'],
    ['Pubblicato il 3 marzo 2024 alle 14:05', '2024-03-03T14:05'],
    ['Opublikowano 5 marca 2024, 14:05', '2024-03-05T14:05'],
    ['12.04.2024 o godz. 09:15', '2024-04-12T09:15'],
    ['Updated 10:31 AM EDT, Thu May 9, 2024', '2024-05-09T10:31-04:00'],
    ['By Maria Lopez | March 4, 2024, 8:15 a.m. ET', '2024-03-04T08:15-05:00'],
    ['July 4, 2024, 8:15 a.m. ET', '2024-07-04T08:15-04:00'],
    ['Publicado: 07/03/2024 23:15 hrs', null],
    ['2024-02-29', '2024-02-29'],
  ])('%j → %s', (text, edtf) => {
    expect(findDate(text)?.edtf ?? null).toBe(edtf);
  });
  it('reads slashed dates in the order the language writes them, and only then', () => {
    expect(findDate('Publicado: 07/03/2024 23:15 hrs', { slashes: 'dmy' })?.edtf).toBe('2024-03-07T23:15');
    expect(findDate('Posted 07/03/2024', { slashes: 'mdy' })?.edtf).toBe('2024-07-03');
    expect(findDate('Posted 07/03/2024', { slashes: 'either' })).toBeNull();
    expect(findDate('Posted 07/23/2024', { slashes: 'either' })?.edtf).toBe('2024-07-23');
    expect(findDate('Publié le 28/08/2024 à 12:05', { slashes: 'either' })?.edtf).toBe('2024-08-28T12:05');
  });
  it.each(['2023-02-31', '31 February 2024', '2023-02-29', '31.04.2024', 'June 31, 2024'])('%j is not a day', (text) => {
    expect(findDate(text)).toBeNull();
  });
});

describe('dates written year first (ja, zh, ko) and Brazilian portal stamps', () => {
  it.each([
    ['2019年11月20日', '2019-11-20'],
    ['2019年11月20日 10時30分', '2019-11-20T10:30'],
    ['2019年11月20日 10:30', '2019-11-20T10:30'],
    ['2019年11月19日(火) 17:45', '2019-11-19T17:45'],
    ['2019年11月20日 午後3時', '2019-11-20T15:00'],
    ['2019/11/20 10:30', '2019-11-20T10:30'],
    ['2019.11.15', '2019-11-15'],
    ['2019년 11월 20일 오후 3시 5분', '2019-11-20T15:05'],
    ['20.nov.2019 às 13h20', '2019-11-20T13:20'],
  ])('%j → %s', (text, edtf) => {
    expect(findDate(text)?.edtf).toBe(edtf);
  });
  it('reads the Brazilian portal stamp with the day first', () => {
    expect(findDate('20/11/2019 10h35 Atualizado há 2 horas', { slashes: 'dmy' })?.edtf).toBe('2019-11-20T10:35');
  });
  it.each(['2019 / 11 (5)', '2019年11月', 'バージョン2019.11.15.3', '2019.13.01', '2019年2月30日'])('%j is not a date', (text) => {
    expect(findDate(text)).toBeNull();
  });
  it.each([
    ['2019年11月20日 10時30分', '2019-11-20T10:30'],
    ['2019年11月20日 10時30分（2019年11月20日 13時12分更新）', '2019-11-20T10:30'],
    ['2019.11.15', '2019-11-15'],
    ['20/11/2019 10h35', '2019-11-20T10:35'],
    ['19/11/2019 23h48 Atualizado há 11 horas', '2019-11-19T23:48'],
  ])('%j is a date line', (text, edtf) => {
    expect(isDateOnly(text)?.edtf).toBe(edtf);
  });
  it('a slashed date line is a date only where one order is possible, and a sentence never', () => {
    expect(isDateOnly('05/11/2019')).toBeNull();
    expect(isDateOnly('ayako_kitchen 2019/11/14 18:05')).toBeNull();
    expect(isDateOnly('地震は2019年11月20日の朝に起きた。')).toBeNull();
  });
});
