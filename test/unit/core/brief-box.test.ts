import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/core';
import { ownPage } from './own-pages';

const keptLines = (text: string) => new Set(clean(text, { metadata: 'drop' }).text.split('\n'));

describe('a brief over a box of the most read, whose entries carry long excerpts', () => {
  const excerpt = (topic: string) =>
    `A prefeitura anunciou nesta semana um novo pacote de obras para ${topic}, com investimento previsto de 40 milhões de reais ao longo dos próximos dois anos. Segundo a secretaria responsável, as primeiras intervenções devem começar ainda no primeiro semestre, depois da conclusão das licitações, e a população será consultada em audiências públicas marcadas para os meses de março e abril em todas as regiões da cidade, de acordo com o calendário divulgado`;
  const brief =
    'A Defesa Civil emitiu nesta terça-feira um alerta de chuvas fortes para toda a região metropolitana, com previsão de até 80 milímetros nas próximas 24 horas. O órgão recomenda que moradores de áreas de risco deixem suas casas em caso de chuva contínua e procurem os abrigos montados pela prefeitura em escolas municipais. Também pede que motoristas evitem as vias marginais, onde há histórico de alagamentos, e que a população não atravesse ruas alagadas. Em caso de emergência, o telefone da Defesa Civil é o 199, que funciona 24 horas por dia durante todo o período de alerta';
  const text = [
    'Início', 'Notícias', 'Cidades', 'Esportes', 'Entretenimento', 'Vídeos', '',
    'Defesa Civil emite alerta de chuvas fortes', '', '19 de novembro de 2019', '', brief, '',
    'Mais lidas', '',
    '18 de novembro de 2019', '', excerpt('o transporte'), '',
    '17 de novembro de 2019', '', excerpt('as escolas'), '',
    '16 de novembro de 2019', '', excerpt('os hospitais'), '',
    '15 de novembro de 2019', '', excerpt('os parques'), '',
    'Tags: chuva, Defesa Civil', '', '© 2019 Jornal da Cidade. Todos os direitos reservados.',
  ].join('\n');

  it('keeps the brief and strips the box', () => {
    const out = keptLines(text);
    expect(out).toContain(brief);
    for (const t of ['o transporte', 'as escolas', 'os hospitais', 'os parques']) expect(out).not.toContain(excerpt(t));
  });
});

describe('an article right under a box of the most read', () => {
  const para = (topic: string) =>
    `The council said on Tuesday that the ${topic} would be reviewed again next year, after residents complained about the cost and the delays it had caused across the district. A decision is expected in the spring, once the consultation closes and the figures have been checked.`;
  const text = [
    'Home', 'News', 'Sport', '',
    'Founded in 1998, our newsroom has grown into one of the most read independent news services in the region, with reporters in every district and a team of editors who check every story.',
    '', 'Our journalism is funded by readers and advertisers. If you value what we do, please consider supporting us with a subscription, which gives you unlimited access to all our stories.',
    '', 'Most read', 'Library hours cut from April', '',
    para('bus lane'), '', para('parking scheme'), '', para('school catchment'), '', para('bin collection'), '',
  ].join('\n');

  it('keeps the article', () => {
    const out = keptLines(text);
    for (const t of ['bus lane', 'parking scheme', 'school catchment', 'bin collection']) expect(out).toContain(para(t));
  });
});

describe('a brief over two boxes: related headlines with their dates, then "Read also" cards whose excerpts outweigh it', () => {
  // One of our own pages (bench/pages): the cards under "Читайте также" score above the brief's three paragraphs.
  const { text, gold } = ownPage('xx-brief', 'ru-brief-portal-most-read');

  it('keeps every line of the brief', () => {
    const out = keptLines(text);
    for (const l of gold) expect(out).toContain(l);
  });
});

describe('a Japanese brief over teaser cards, each with its own "記事を読む" (read the article) button', () => {
  // (A card is a headline over one excerpt and its read-on button; "Read also" over a headline is no such button.)
  const { text, gold } = ownPage('xx-brief', 'ja-brief-sports-gallery');

  it('keeps the brief and strips the cards', () => {
    const out = keptLines(text);
    for (const l of gold) expect(out).toContain(l);
    const lines = text.split('\n');
    const excerpts = lines.filter((_, i) => lines[i + 1] === '記事を読む' && lines[i].length >= 30);
    expect(excerpts.length).toBeGreaterThan(3);
    for (const l of excerpts) expect(out).not.toContain(l);
  });
});
