import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/core';
import { ownPage } from './own-pages';

// Text with no blank lines (a scraper that writes one element a line, or one whose blank lines part
// nothing): a subhead, a list, a caption or a box stands right against the paragraphs, as cards do.
// The article must still be read whole.

const kept = (lines: string[]) => new Set(clean(lines.join('\n'), { metadata: 'drop' }).text.split('\n').map((l) => l.trim()).filter(Boolean));
const menu = ['Skip to content', 'Home', 'News', 'Local', 'Sport', 'Business', 'Contact'];
const footer = ['Privacy policy', 'Terms of use', '© 2025 Harbour Gazette. All rights reserved.'];

describe('an article with no blank lines', () => {
  // Our own pages with their blank lines taken out: each lost most of its article before.
  it.each([
    // A list under its lead-in, its items going on in lower case, then a paragraph and code.
    ['xx-tail', 'de-tail-tech-backup'],
    // Items under a lead-in sentence that ends in a colon ("It does not copy:").
    ['en-wp', 'en-wp-ghost-postgres-upgrade'],
    // A how-to's days, one of them a range ("Tag 2 bis 4"), each over its paragraph.
    ['de', 'de-blog-sauerteig'],
    // A list's items going on in lower case under a subhead ("Ce qui va changer"): no card's summary.
    ['fr', 'fr-news-tramway'],
    // A subhead over its photo's credit ("Best Value: …" / "(Image credit: …)"): no two headlines in a row.
    ['en-list', 'en-list-cordless-vacuums'],
  ])('keeps the article of %s/%s whole', (folder, name) => {
    const { text, gold } = ownPage(folder, name);
    const out = kept(text.split('\n').filter((l) => l.trim()));
    const lost = gold.filter((g) => !out.has(g.trim()));
    expect(lost).toEqual([]);
  });

  it('keeps a subhead over its photo credit, and numbered slides under their heads and counters', () => {
    const slide = (k: number, name: string, share: number, text: string) => [`${k} of 6`, 'Previous', 'Next', `Photo: ${name} Motors`, `${k}. ${name} Aurora Hybrid (2021)`, `Value retained after three years: ${share}%`, text];
    const body = [
      'Used car prices have come down from their peak, but not evenly. Some models still sell at auction for close to what they cost new, while others have lost half their value in three years.',
      'To find out which is which, we asked a firm that tracks wholesale auctions to compare prices. Here are the models that held up best, and why buyers still pay for them.',
      ...slide(1, 'Halden', 79, 'Fuel prices did the hybrid a favour. It gets about fifty miles per gallon in mixed driving, and drivers who work for delivery firms keep asking for it.'),
      ...slide(2, 'Kestrel', 76, 'Midsize trucks have held their value better than almost anything else on the road, and this one leads its class by a wide margin, the firm said.'),
      ...slide(3, 'Orrin', 74, 'A small, plain and reliable sedan. That is the whole pitch, and buyers still want it, because repairs are cheap and parts are easy to find in any town.'),
      'Best Value: Holm Airstick 4',
      '(Image credit: Holm)',
      'At well under half the price of the others, the little hatchback has no business being this good. It lacks clever extras, and the seats are firm, but it never broke down once.',
    ];
    const out = kept([...menu, 'The used cars that held their value best', ...body, 'Share on X', 'Email', ...footer]);
    for (const l of body.filter((x) => !/^\d of 6$|^Previous$|^Next$|^Photo:|^\(Image credit/u.test(x))) expect(out, l).toContain(l);
  });

  it("keeps a how-to's days, one of them a range, each over its paragraph", () => {
    const body = [
      'Ein Sauerteig braucht nur Mehl, Wasser und Geduld. So setzt du ihn in fünf Tagen an, ganz ohne Anstellgut vom Bäcker und ohne besondere Geräte.',
      'Tag 1',
      'Verrühre 50 g Mehl mit 50 ml Wasser im Glas. Decke es locker mit einem Tuch ab und stelle es an einen warmen Ort, ideal sind etwa 25 Grad.',
      'Tag 2 bis 4',
      'Füttere den Teig jeden Tag mit weiteren 50 g Mehl und 50 ml Wasser. Nach zwei bis drei Tagen siehst du die ersten Bläschen an der Oberfläche.',
      'Tag 5',
      'Jetzt sollte sich das Volumen nach dem Füttern innerhalb von etwa acht Stunden verdoppeln. Dann ist dein Sauerteig bereit für das erste Brot.',
    ];
    const out = kept(['Zum Inhalt springen', 'Rezepte', 'Brot', 'Kuchen', 'Über mich', 'Sauerteig ansetzen in fünf Tagen', ...body, 'Rezept drucken', 'Teile diesen Beitrag:', 'Pinterest', 'Impressum']);
    for (const l of body) expect(out, l).toContain(l);
  });

  it('keeps a short article over a box of galleries, each a "Fotos: …" title, a summary and its count', () => {
    const body = [
      'A festa da colheita recebeu cerca de 38 mil visitantes no primeiro fim de semana, segundo a comissão organizadora. O número é 20% maior que o do mesmo período do ano passado.',
      'A festa segue até 10 de março, com programação de quinta a domingo no parque de eventos. A entrada custa R$ 20, e crianças de até 12 anos não pagam.',
    ];
    const gallery = (title: string, summary: string, count: number) => [`Fotos: ${title}`, summary, `${count} fotos`];
    const out = kept([
      'Abrir menu', 'Notícias', 'Fotos', 'Vídeos', 'Agenda', 'Galeria de fotos', 'Veja as imagens do primeiro fim de semana da festa', 'Compartilhar galeria', 'Facebook', 'WhatsApp', 'Copiar link',
      ...body,
      'Publicidade', 'Mais galerias',
      ...gallery('a abertura da colheita nas propriedades do interior', 'Produtores e famílias se reuniram para o corte dos primeiros cachos da safra, com bênção do padre e almoço comunitário no galpão.', 12),
      ...gallery('granizo cobre estradas do interior da serra', 'A chuva de granizo durou cerca de 15 minutos e deixou os campos brancos na tarde de quarta-feira; agricultores contam os prejuízos.', 9),
      ...gallery('encontro de carros antigos reúne 300 veículos na praça', 'Modelos das décadas de 1950 a 1980 estiveram expostos durante todo o domingo; o mais antigo era um carro de 1929, ainda original.', 18),
      ...gallery('formatura da primeira turma do curso de enologia', 'Dezessete alunos receberam o diploma em cerimônia no auditório do campus; a turma homenageou a professora que criou o curso.', 7),
      'Política de privacidade', '© 2024 Serra Hoje. Todos os direitos reservados.',
    ]);
    for (const l of body) expect(out, l).toContain(l);
    expect(out).not.toContain('Produtores e famílias se reuniram para o corte dos primeiros cachos da safra, com bênção do padre e almoço comunitário no galpão.');
  });

  it('keeps a subhead and the paragraphs under a "Read also" headline, and one under a newsletter heading', () => {
    const body = [
      "L'Atalanta non rallenta. I nerazzurri battono 3-1 il Sassuolo in casa e salgono al terzo posto in classifica, a quattro punti dalla vetta, dopo una partita giocata con grande ritmo.",
      'Nella ripresa la squadra di casa cambia ritmo. Al 56esimo minuto arriva il raddoppio su una respinta corta del portiere, e la partita sembra chiusa per gli ospiti.',
      'Il Sassuolo prova a riaprirla nel finale, ma trova una difesa attenta e compatta. L\'unico vero brivido arriva a cinque minuti dalla fine, su un tiro da fuori che sfiora il palo.',
      'Le parole del tecnico',
      '«Abbiamo giocato con personalità, anche dopo il pareggio», ha detto l\'allenatore a fine gara. «Sapevamo che sarebbe stata una partita difficile, ma la squadra ha risposto bene e ha meritato la vittoria. Adesso pensiamo alla prossima, senza guardare la classifica.»',
      'Amareggiato il tecnico ospite: «Fino al loro secondo gol eravamo in partita. Poi abbiamo perso le distanze e loro ne hanno approfittato, come fanno le squadre forti.»',
      'Le prossime partite',
      'Dopo la sosta per le nazionali, la squadra sarà impegnata in trasferta a Roma, mentre il Sassuolo ospiterà il Parma in uno scontro diretto per la salvezza.',
    ];
    const out = kept([
      'Calcio', 'Serie A', 'Serie B', 'Risultati', 'Classifiche', 'Atalanta, tris al Sassuolo e terzo posto',
      body[0], body[1], 'Leggi anche', 'Pagelle Atalanta-Sassuolo: il migliore in campo e il peggiore dei suoi', body[2], body[3], body[4], body[5],
      body[6], body[7], 'Newsletter', 'Ricevi ogni mattina le notizie della giornata.', 'Iscriviti',
      'Condividi', 'Facebook', 'Privacy', '© 2025 Gazzetta del Lago',
    ]);
    for (const l of body) expect(out, l).toContain(l);
  });
});
