import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CustomerTier, Tier } from '../../api';
import { mockFetch, renderApp } from '../../test/render';
import { TierCard, tierProgress } from './TierCard';

const silber: Tier = { id: 's', name: 'Silber', threshold: '200.00', multiplier: '1.5' };
const gold: Tier = { id: 'g', name: 'Gold', threshold: '500.00', multiplier: '2' };

function renderCard(data: CustomerTier, language: 'de' | 'en' = 'de') {
  renderApp(<TierCard data={data} currency="EUR" timeZone="Europe/Berlin" />, { fetch: mockFetch({}).fetch, language });
}

describe('tier card', () => {
  it('computes the progress from the current tier to the next', () => {
    expect(tierProgress('50.00', null, silber)).toBe(25);
    expect(tierProgress('350.00', silber, gold)).toBe(50);
    expect(tierProgress('600.00', silber, gold)).toBe(100);
    expect(tierProgress('600.00', gold, null)).toBe(100);
  });

  it('shows the base level, the spend and what is missing for the next tier', () => {
    renderCard({ status: { qualifyingSpend: '150.00', next: silber, missingForNext: '50.00' }, history: [] });
    expect(screen.getByTestId('tier-name')).toHaveTextContent('Basis');
    expect(screen.getByTestId('tier-spend')).toHaveTextContent('150,00 €');
    expect(screen.getByTestId('tier-progress')).toHaveAttribute('data-value', '75');
    expect(screen.getByTestId('tier-missing')).toHaveTextContent('noch 50,00 € bis Silber');
    expect(screen.queryByTestId('tier-grace')).not.toBeInTheDocument();
    expect(screen.getByTestId('tier-history-empty')).toBeInTheDocument();
  });

  it('shows the grace notice with the downgrade date and the translated history', () => {
    renderCard({
      status: {
        tier: gold,
        qualifyingSpend: '420.00',
        since: '2026-06-01T10:00:00Z',
        downgradeAt: '2026-12-23T23:30:00Z',
        downgradeTo: silber,
      },
      history: [
        { kind: 'GRACE_STARTED', fromTier: 'Gold', toTier: 'Gold', qualifyingSpend: '420.00', occurredAt: '2026-11-23T02:00:00Z' },
        { kind: 'UPGRADE', fromTier: 'Silber', toTier: 'Gold', qualifyingSpend: '510.00', occurredAt: '2026-06-01T10:00:00Z' },
        { kind: 'UPGRADE', toTier: 'Silber', qualifyingSpend: '210.00', occurredAt: '2026-03-01T10:00:00Z' },
      ],
    });
    expect(screen.getByTestId('tier-name')).toHaveTextContent('Gold');
    expect(screen.getByTestId('tier-top')).toHaveTextContent('Höchste Stufe erreicht.');
    // the downgrade date in the shop zone (00:30 on the 24th in Berlin)
    expect(screen.getByTestId('tier-grace')).toHaveTextContent('am 24.12.2026 zu Silber');
    const items = within(screen.getByTestId('tier-history')).getAllByTestId('tier-change');
    expect(items[0]).toHaveTextContent('Schonfrist begonnen');
    expect(items[1]).toHaveTextContent('Aufstieg');
    expect(items[1]).toHaveTextContent('Silber → Gold');
    expect(items[2]).toHaveTextContent('Basis → Silber');
    expect(items[2]).toHaveTextContent('Umsatz 210,00 €');
  });
});
