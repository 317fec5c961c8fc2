export const langs = ['en', 'fr'] as const;
export type Lang = (typeof langs)[number];
export const isLang = (value: string): value is Lang => value === 'en' || value === 'fr';
