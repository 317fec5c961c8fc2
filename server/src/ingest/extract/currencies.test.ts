import { describe, expect, it } from 'vitest';
import { extractMoney } from './money.ts';

/** "text amount currency" of each mention, read as a text published in 2025 would be. */
const read = (language: 'fr' | 'en', text: string) =>
  extractMoney(text, { language, published: { value: '2025-03-12', precision: 'day' } }).map(
    (m) => `${m.text} ${m.amount} ${m.currency}`,
  );

describe('currencies of the world’s press', () => {
  it('reads the letters the local press puts before a number, and India’s crore and lakh', () => {
    expect(read('en', 'It raised Rs 220 crore, signed a Rs 38-crore deal and eyes ₹1.5 lakh crore.')).toEqual([
      'Rs 220 crore 2200000000 INR',
      'Rs 38-crore 380000000 INR',
      '₹1.5 lakh crore 1500000000000 INR',
    ]);
    expect(read('en', 'SITA hands R180m deal after an R95-million round; a Dh55 million contract.')).toEqual([
      'R180m 180000000 ZAR',
      'R95-million 95000000 ZAR',
      'Dh55 million 55000000 AED',
    ]);
    expect(read('en', 'A KSh 650 million loan, Sh1.2 billion of revenue and Rp 5 trillion (SR50 million).')).toEqual([
      'KSh 650 million 650000000 KES',
      'Sh1.2 billion 1200000000 KES',
      'Rp 5 trillion 5000000000000 IDR',
      'SR50 million 50000000 SAR',
    ]);
  });

  it('reads the dollars of other countries by their prefix, and other symbols', () => {
    expect(read('en', 'NT$3 billion, S$30m, NZ$4.5m, R$25 million, HK$120 million, ₦8 billion, ₩2 billion.')).toEqual([
      'NT$3 billion 3000000000 TWD',
      'S$30m 30000000 SGD',
      'NZ$4.5m 4500000 NZD',
      'R$25 million 25000000 BRL',
      'HK$120 million 120000000 HKD',
      '₦8 billion 8000000000 NGN',
      '₩2 billion 2000000000 KRW',
    ]);
  });

  it('reads currencies named after the number, in both languages', () => {
    expect(
      read('en', 'A SEK 420m award, 5 billion won, 3 billion baht, 10 billion rupiah and 12 million rand.'),
    ).toEqual([
      'SEK 420m 420000000 SEK',
      '5 billion won 5000000000 KRW',
      '3 billion baht 3000000000 THB',
      '10 billion rupiah 10000000000 IDR',
      '12 million rand 12000000 ZAR',
    ]);
    expect(read('fr', 'Elle lève 3 millions de couronnes danoises et 40 millions de zlotys.')).toEqual([
      '3 millions de couronnes danoises 3000000 DKK',
      '40 millions de zlotys 40000000 PLN',
    ]);
  });

  it('gives a name several countries share the currency of the country the text tells of', () => {
    expect(read('en', 'The Sydney-based start-up raised $40 million.')).toEqual(['$40 million 40000000 AUD']);
    expect(read('en', 'The Jurong firm, backed by Singapore investors, raised $30m.')).toEqual(['$30m 30000000 SGD']);
    expect(read('en', 'The Toronto-based firm raised $30m.')).toEqual(['$30m 30000000 CAD']);
    expect(read('en', 'The firm raised $30m.')).toEqual(['$30m 30000000 USD']);
    // (the company's home outweighs a market it goes to)
    expect(read('en', 'The Boston-based firm raised $15m to expand into Australia.')).toEqual(['$15m 15000000 USD']);
    expect(read('fr', 'À Port-Louis, la société mauricienne a levé Rs 50 millions.')).toEqual([
      'Rs 50 millions 50000000 MUR',
    ]);
    expect(read('en', 'The Bengaluru company raised Rs 50 crore.')).toEqual(['Rs 50 crore 500000000 INR']);
    expect(read('fr', 'À Dakar, la fintech sénégalaise lève 500 millions de FCFA.')).toEqual([
      '500 millions de FCFA 500000000 XOF',
    ]);
    expect(read('fr', 'À Douala, la jeune pousse camerounaise lève 2 milliards de F CFA.')).toEqual([
      '2 milliards de F CFA 2000000000 XAF',
    ]);
    expect(read('fr', 'La jeune pousse de Kampala a obtenu 900 millions de shillings.')).toEqual([
      '900 millions de shillings 900000000 UGX',
    ]);
  });

  it('reads letters and names that are also words as money only at a scale', () => {
    expect(read('en', 'It runs Windows Server 2012 R2 and PHP 8.1; the team of 12 won; the R2 bucket; Sh3.')).toEqual(
      [],
    );
    expect(read('en', 'It paid R5,000 and R20.')).toEqual(['R5,000 5000 ZAR']);
  });
});
