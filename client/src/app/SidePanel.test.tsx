import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActorDetail, GraphNode } from '../shared/api/types.ts';
import { renderWithProviders, stubApi } from '../shared/test-utils.tsx';
import { SidePanel } from './SidePanel.tsx';

const node = (id: string, name: string, kind: GraphNode['kind'] = 'company'): GraphNode => ({
  id,
  name,
  kind,
  aliases: { fr: [name], en: [name] },
  description: { fr: '-', en: '-' },
  evidence: [],
  centrality: 0.1,
  community: 0,
  span: { start: null, end: null, attested: null },
  dating: 'undated',
});

const detail: ActorDetail = {
  actor: {
    id: 'cloudwatt',
    name: 'Cloudwatt',
    kind: 'joint-venture',
    aliases: { fr: ['Cloudwatt'], en: ['Cloudwatt', 'The Cloudwatt'] },
    description: { fr: 'Offre de cloud souverain.', en: 'Sovereign cloud offer.' },
    country: 'FR',
    founded: {
      value: '2012-09',
      precision: 'month',
      qualifier: 'early',
      basis: { fr: "'début septembre'", en: "'début septembre'" },
    },
    evidence: ['ev-launch'],
  },
  relations: [
    {
      id: 'thales-founded-cloudwatt',
      type: 'founded',
      from: 'thales',
      to: 'cloudwatt',
      role: { fr: 'cofondateur avec Orange', en: 'co-founder with Orange' },
      evidence: ['ev-founders'],
    },
    { id: 'orange-founded-cloudwatt', type: 'founded', from: 'orange', to: 'cloudwatt', evidence: ['ev-founders'] },
    {
      id: 'bercy-funds-cloudwatt',
      type: 'funds',
      from: 'bercy',
      to: 'cloudwatt',
      until: { value: '2015', precision: 'approximate' },
      status: 'ended',
      evidence: ['ev-bercy'],
    },
  ],
  events: [],
  fundingIn: [
    {
      id: 'orange-thales-cloudwatt-150m',
      to: 'cloudwatt',
      amount: 150_000_000,
      currency: 'EUR',
      kind: 'invested',
      date: { value: '2012', precision: 'year' },
      evidence: ['ev-founders'],
    },
  ],
  fundingOut: [],
  evidence: [
    { id: 'ev-launch', source: 'numergy-vs-cloudwatt', quote: 'lancés début septembre', start: null, end: null },
    {
      id: 'ev-founders',
      source: 'lesechos',
      quote: 'Cloudwatt was created by Orange and Thales by adding 150 million euros <script>',
      start: null,
      end: null,
    },
    { id: 'ev-bercy', source: 'lesechos', quote: 'Bercy stopped the expenses', start: null, end: null },
    { id: 'ev-60m', source: 'lesechos', quote: 'were to invest 60 million each', start: null, end: null },
  ],
  mentions: [],
  disputes: [
    {
      id: 'andromede-industrial-contributions',
      subject: 'andromede',
      about: 'amount',
      title: { fr: '60 M€ chacun ou 150 M€ ensemble ?', en: '60 M€ each or 150 M€ together?' },
      claims: [
        { record: 'fundings/orange-andromede-60m', summary: { fr: '60 chacun', en: '60 each' }, evidence: ['ev-60m'] },
        {
          record: 'fundings/orange-thales-cloudwatt-150m',
          summary: { fr: '150 ensemble', en: '150 together' },
          evidence: ['ev-founders'],
        },
      ],
    },
  ],
};

const source = (id: string, title: string, language: 'fr' | 'en') => ({
  id,
  file: `${id}.txt`,
  title,
  outlet: 'Les Echos',
  language,
  published: { value: '2019', precision: 'approximate', basis: { fr: 'x', en: 'x' } },
  textAvailable: false,
  detectedLanguage: null,
  characters: null,
  sentences: null,
  textHash: null,
});

beforeEach(() => {
  window.history.replaceState(null, '', '/?actor=cloudwatt');
  stubApi({
    '/api/actors/cloudwatt': detail,
    '/api/graph': {
      nodes: [node('thales', 'Thales'), node('orange', 'Orange'), node('bercy', 'Bercy', 'public-body')],
      edges: [],
      coMentions: [],
    },
    '/api/sources': {
      sources: [
        source('lesechos', 'A page is turning', 'en'),
        source('numergy-vs-cloudwatt', 'Numergy a-t-il pris l’avantage ?', 'fr'),
      ],
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('<SidePanel> for an actor', () => {
  it('shows the card: kind, names, dates as precise as they are, relations grouped, each with its quote', async () => {
    renderWithProviders(<SidePanel />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Cloudwatt' })).toBeTruthy();
    expect(screen.getByText('Joint venture')).toBeTruthy();
    expect(screen.getByText('The Cloudwatt')).toBeTruthy();
    expect(screen.getByText('early Sept. 2012')).toBeTruthy();

    const founded = screen.getByRole('region', { name: 'Founded by' });
    expect(await within(founded).findByRole('button', { name: 'Thales' })).toBeTruthy();
    expect(within(founded).getByRole('button', { name: 'Orange' })).toBeTruthy();
    const quote = within(founded).getAllByText(/Cloudwatt was created by Orange and Thales/)[0]!;
    expect(quote.closest('blockquote')?.getAttribute('lang')).toBe('en');
    expect(document.querySelector('.panel script')).toBeNull();
    expect(within(founded).getByText('co-founder with Orange')).toBeTruthy();
    expect(within(founded).getAllByRole('button', { name: 'A page is turning' }).length).toBeGreaterThan(0);

    const funded = screen.getByRole('region', { name: 'Funded by' });
    expect(within(funded).getByText(/c\. 2015/)).toBeTruthy();
    expect(within(funded).getByText(/ended/)).toBeTruthy();

    // The 150 M€ is disputed: a badge, and both claims side by side, each with its evidence.
    expect(screen.getByText('€150m')).toBeTruthy();
    const claims = document.querySelectorAll('#dispute-andromede-industrial-contributions .dispute__claim');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.textContent).toContain('were to invest 60 million each');
    expect(claims[1]!.textContent).toContain('Cloudwatt was created by Orange and Thales');
    expect(screen.getAllByText('Disputed').length).toBeGreaterThanOrEqual(2);
  });

  it('speaks French when the link says so', async () => {
    window.history.replaceState(null, '', '/?actor=cloudwatt&lang=fr');
    renderWithProviders(<SidePanel />, 'fr');
    expect(await screen.findByRole('region', { name: 'Fondé par' })).toBeTruthy();
    expect(screen.getByText('Offre de cloud souverain.')).toBeTruthy();
    expect(screen.getByText('début sept. 2012')).toBeTruthy();
    expect(screen.getByText('Coentreprise')).toBeTruthy();
    expect(screen.getByText('cofondateur avec Orange')).toBeTruthy();
    expect(screen.queryByText('co-founder with Orange')).toBeNull();
  });

  it('says what went wrong when the actor cannot be loaded', async () => {
    window.history.replaceState(null, '', '/?actor=nobody');
    renderWithProviders(<SidePanel />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The actor is not in the atlas (no record has this identifier).',
    );
  });
});
