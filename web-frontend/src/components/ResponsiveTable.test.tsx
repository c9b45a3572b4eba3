import { Button } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { onScreenWidth } from '../test/phone';
import { mockFetch, renderApp } from '../test/render';
import { ResponsiveTable } from './ResponsiveTable';

interface Row {
  id: string;
  name: string;
  points: number;
  note: string;
}
const ROWS: Row[] = [
  { id: 'a', name: 'Kaffee gratis', points: 20, note: 'Ein Kaffee nach Wahl, auch zum Mitnehmen' },
  { id: 'b', name: 'Kuchen', points: 50, note: 'Ein Stück' },
];

function renderTable(onEdit = vi.fn()) {
  renderApp(
    <ResponsiveTable
      rows={ROWS}
      rowKey={(r) => r.id}
      rowProps={(r) => ({ 'data-testid': 'row', 'data-id': r.id })}
      testId="things"
      minWidth={600}
      columns={[
        { key: 'name', header: 'Name', card: 'title', cell: (r) => r.name },
        { key: 'points', header: 'Points', align: 'right', cell: (r) => `${r.points} points` },
        { key: 'note', header: 'Note', card: 'block', cell: (r) => r.note },
        { key: 'secret', header: 'Internal', card: 'hidden', cell: () => 'only in the table' },
        {
          key: 'actions',
          header: 'Actions',
          card: 'actions',
          cell: (r) => (
            <>
              <Button onClick={() => onEdit(r.id)}>{`Edit ${r.name}`}</Button>
              <Button>{`Retire ${r.name}`}</Button>
            </>
          ),
        },
      ]}
    />,
    { fetch: mockFetch({}).fetch },
  );
  return onEdit;
}

describe('ResponsiveTable on a phone (390 px)', () => {
  onScreenWidth(390);

  it('shows a card per row with title, "label: value" lines and every action, no table', async () => {
    const onEdit = renderTable();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const list = screen.getByTestId('things');
    expect(list).toHaveAttribute('data-variant', 'cards');
    const cards = within(list).getAllByTestId('row');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveAttribute('data-id', 'a');
    expect(cards[0]).toHaveTextContent(/^Kaffee gratisPoints20 pointsNoteEin Kaffee nach Wahl, auch zum MitnehmenEdit Kaffee gratisRetire Kaffee gratis$/);
    expect(cards[1]).toHaveTextContent('Points50 points');
    expect(within(cards[1]).queryByText('only in the table')).not.toBeInTheDocument();

    const u = userEvent.setup();
    await u.click(within(cards[1]).getByRole('button', { name: 'Edit Kuchen' }));
    expect(onEdit).toHaveBeenCalledWith('b');
    expect(within(cards[1]).getByRole('button', { name: 'Retire Kuchen' })).toBeVisible();
  });
});

describe('ResponsiveTable on a desktop (1280 px)', () => {
  onScreenWidth(1280);

  it('is a table with a header and a row per item', () => {
    renderTable();
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('data-testid', 'things');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name', 'Points', 'Note', 'Internal', 'Actions']);
    const rows = within(table).getAllByTestId('row');
    expect(rows.map((r) => r.tagName)).toEqual(['TR', 'TR']);
    expect(within(rows[0]).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Kaffee gratis',
      '20 points',
      'Ein Kaffee nach Wahl, auch zum Mitnehmen',
      'only in the table',
      'Edit Kaffee gratisRetire Kaffee gratis',
    ]);
  });
});

describe('ResponsiveTable where media queries are not answered (jsdom default)', () => {
  it('is a table', () => {
    renderTable();
    expect(screen.getByRole('table')).toHaveAttribute('data-variant', 'table');
  });
});
