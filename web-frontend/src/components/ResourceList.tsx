import { Fragment, useState, type ReactNode } from 'react';
import { Alert, Card, Group, Modal, Table, Text, Title, type ModalProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Loading } from './Loading';
import { useAction } from './useAction';
import type { Loaded } from './useLoad';

/*
 * Building blocks of the admin pages that list a shop's resources (rewards, promotions, tiers, API keys):
 * a heading with the "new" button, a notice after saving, the list card with loading and empty state,
 * the table, the create/edit dialog and per-row actions such as (de)activating.
 */

/** The page heading, with an action (usually the "new" button) on the right. */
export function PageHeader({ title, action }: { title: string; action?: ReactNode }) {
  return (
    <Group justify="space-between">
      <Title order={1} size="h2">
        {title}
      </Title>
      {action}
    </Group>
  );
}

/** A green, closable notice such as "… was saved" (nothing without a message). */
export function SavedNotice({ message, onClose, testId }: { message?: string; onClose: () => void; testId: string }) {
  if (!message) return null;
  return (
    <Alert color="teal" withCloseButton onClose={onClose} data-testid={testId}>
      {message}
    </Alert>
  );
}

/** The card holding a list: a loader until the first answer, then `empty` text or the list itself. */
export function ListCard({
  loaded,
  isEmpty,
  empty,
  emptyTestId,
  children,
}: {
  loaded: Pick<Loaded<unknown>, 'data' | 'error'>;
  isEmpty: boolean;
  empty: ReactNode;
  emptyTestId: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder>
      {!loaded.data && !loaded.error ? (
        <Loading />
      ) : isEmpty ? (
        <Text c="dimmed" data-testid={emptyTestId}>
          {empty}
        </Text>
      ) : (
        children
      )}
    </Card>
  );
}

/** A striped table that scrolls sideways below `minWidth`; `head` are the header cells, `children` the rows. */
export function DataTable({
  minWidth,
  testId,
  head,
  verticalSpacing,
  children,
}: {
  minWidth: number;
  testId: string;
  head: ReactNode;
  verticalSpacing?: 'sm';
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped data-testid={testId} verticalSpacing={verticalSpacing}>
        <Table.Thead>
          <Table.Tr>{head}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export interface ListEditor<T> {
  /** undefined: closed, null: creating a new one, T: editing it. */
  editing: T | null | undefined;
  /** The notice after the last save or (de)activation. */
  saved: string | undefined;
  setSaved: (message: string | undefined) => void;
  openNew: () => void;
  openEdit: (item: T) => void;
  close: () => void;
  /** Closes the dialog after saving and shows `message`. */
  done: (message: string) => void;
}

/** State of the create/edit dialog of a list page, and of its "saved" notice. */
export function useListEditor<T>(): ListEditor<T> {
  const [editing, setEditing] = useState<T | null | undefined>(undefined);
  const [saved, setSaved] = useState<string>();
  return {
    editing,
    saved,
    setSaved,
    openNew: () => {
      setSaved(undefined);
      setEditing(null);
    },
    openEdit: (item) => {
      setSaved(undefined);
      setEditing(item);
    },
    close: () => setEditing(undefined),
    done: (message) => {
      setEditing(undefined);
      setSaved(message);
    },
  };
}

/** The create/edit dialog (full screen on phones); `children` renders the form for the item, or for a new one. */
export function EditorModal<T extends { id: string }>({
  editor,
  newTitle,
  editTitle,
  size,
  children,
}: {
  editor: ListEditor<T>;
  newTitle: string;
  editTitle: string;
  size?: ModalProps['size'];
  children: (item: T | undefined) => ReactNode;
}) {
  const phone = useMediaQuery('(max-width: 36em)');
  const { editing } = editor;
  return (
    <Modal opened={editing !== undefined} onClose={editor.close} title={editing ? editTitle : newTitle} size={size} fullScreen={!!phone}>
      {editing !== undefined && <Fragment key={editing?.id ?? 'new'}>{children(editing ?? undefined)}</Fragment>}
    </Modal>
  );
}

/** A per-row action such as (de)activating: which row is busy, and the last error. */
export function useRowAction() {
  const [pending, setPending] = useState<string>();
  const action = useAction();

  async function run(id: string, act: () => Promise<void>) {
    setPending(id);
    await action.run(act);
    setPending(undefined);
  }

  return { pending, error: action.error, run };
}
