import {
  Button,
  makeStyles,
  mergeClasses,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { SentEmail } from '../../../api/contract/common';
import { useEmails } from '../api/get-emails';
import { LoadError } from '../../../components/load-error';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 900px)': { gridTemplateColumns: '1fr' },
  },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    padding: tokens.spacingHorizontalM,
    overflowX: 'auto',
  },
  row: { cursor: 'pointer' },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  subject: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold },
  body: { whiteSpace: 'pre-wrap', fontFamily: tokens.fontFamilyBase, margin: 0 },
  meta: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    margin: `0 0 ${tokens.spacingVerticalL}`,
    '& dd': { margin: 0 },
  },
});

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium' });

export function SentEmailsPage({
  selectedId,
  onSelect,
}: {
  selectedId?: string;
  onSelect: (id: string) => void;
}) {
  const styles = useStyles();
  const emails = useEmails();
  const messageHeadingId = useId();
  const items = emails.data?.items ?? [];
  const selected = items.find((email) => email.id === selectedId);

  return (
    <div className={styles.page}>
      <h1>Sent emails</h1>
      <p className={styles.intro}>
        The mock mailbox: every email the admin center sent, newest first. PINs are never kept here.
      </p>
      <LoadError query={emails} title="Couldn't load sent emails" />
      {emails.isPending ? <Spinner label="Loading sent emails…" /> : null}
      {emails.data ? (
        <div className={styles.layout}>
          <div className={styles.card}>
            <Table aria-label="Sent emails">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>To</TableHeaderCell>
                  <TableHeaderCell>Subject</TableHeaderCell>
                  <TableHeaderCell>Sent</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((email) => (
                  <TableRow
                    key={email.id}
                    className={mergeClasses(styles.row, email.id === selectedId && styles.selected)}
                    // A click anywhere on the row selects it; keyboard users use the subject button.
                    onClick={() => onSelect(email.id)}
                  >
                    <TableCell>{email.to}</TableCell>
                    <TableCell>
                      <Button
                        appearance="transparent"
                        className={styles.subject}
                        aria-current={email.id === selectedId ? 'true' : undefined}
                        onClick={() => onSelect(email.id)}
                      >
                        {email.subject}
                      </Button>
                    </TableCell>
                    <TableCell>
                      <time dateTime={email.sentAt}>{dateTime.format(new Date(email.sentAt))}</time>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {items.length === 0 ? <Text as="p">No emails have been sent yet.</Text> : null}
          </div>
          <section className={styles.card} aria-labelledby={messageHeadingId}>
            <h2 id={messageHeadingId}>Message</h2>
            {selected ? <MessageView email={selected} /> : <Text>Select an email to read it.</Text>}
          </section>
        </div>
      ) : null}
    </div>
  );
}

function MessageView({ email }: { email: SentEmail }) {
  const styles = useStyles();
  return (
    <>
      <dl className={styles.meta}>
        <dt>To</dt>
        <dd>{email.to}</dd>
        <dt>Subject</dt>
        <dd>{email.subject}</dd>
        <dt>Sent</dt>
        <dd>
          <time dateTime={email.sentAt}>{dateTime.format(new Date(email.sentAt))}</time>
        </dd>
      </dl>
      <pre className={styles.body}>{email.body}</pre>
    </>
  );
}
