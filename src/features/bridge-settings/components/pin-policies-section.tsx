import {
  Button,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useMe } from '../../../api/get-me';
import { describeError } from '../../../api/api-error';
import type { PinPolicy } from '../../../api/contract/pin-policies';
import { StatusMessage } from '../../../components/status-message';
import { usePinPolicies, useRemovePinPolicy, type PolicyTarget } from '../api/pin-policies';
import { PinPolicyDialog, type PolicyDialogMode } from './pin-policy-dialog';
import { LoadError } from '../../../components/load-error';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS },
  rowActions: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

interface Row {
  key: string;
  scope: string;
  target: PolicyTarget;
  policy: PinPolicy;
}

/** P4: the global policy and the per-site and per-user ones (user › site › global). */
export function PinPoliciesSection() {
  const styles = useStyles();
  const policies = usePinPolicies();
  const remove = useRemovePinPolicy();
  const me = useMe();
  const [dialog, setDialog] = useState<PolicyDialogMode | null>(null);
  const data = policies.data;
  const rows: Row[] = data
    ? [
        { key: 'global', scope: 'Global', target: { kind: 'global' }, policy: data.global },
        ...data.sites.map((s) => ({
          key: `site-${s.site}`,
          scope: `Site: ${s.site}`,
          target: { kind: 'site', site: s.site } as const,
          policy: s.policy,
        })),
        ...data.users.map((u) => ({
          key: `user-${u.userId}`,
          scope: `User: ${u.displayName}`,
          target: { kind: 'user', userId: u.userId } as const,
          policy: u.policy,
        })),
      ]
    : [];

  return (
    <section className={styles.section} aria-labelledby="pin-policies-heading">
      <h2 id="pin-policies-heading">PIN policies</h2>
      <p className={styles.intro}>
        Rules for PINs that admins and users choose. A user policy wins over a site policy, which
        wins over the global policy.
      </p>
      {policies.isPending ? <Spinner label="Loading PIN policies…" /> : null}
      <LoadError query={policies} />
      {remove.isError ? (
        <StatusMessage intent="error">{describeError(remove.error)}</StatusMessage>
      ) : null}
      {data ? (
        <>
          {me.canChange ? (
            <div className={styles.toolbar}>
              <Button
                icon={<AddRegular />}
                onClick={() =>
                  setDialog({ kind: 'add-site', sites: data.availableSites, policy: data.global })
                }
              >
                Add site policy
              </Button>
              <Button
                icon={<AddRegular />}
                onClick={() => setDialog({ kind: 'add-user', policy: data.global })}
              >
                Add user policy
              </Button>
            </div>
          ) : null}
          <Table aria-label="PIN policies">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Applies to</TableHeaderCell>
                <TableHeaderCell>Minimum length</TableHeaderCell>
                <TableHeaderCell>Common patterns</TableHeaderCell>
                <TableHeaderCell>Maximum logon attempts</TableHeaderCell>
                {me.canChange ? <TableHeaderCell>Actions</TableHeaderCell> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => {
                const removable = row.target.kind === 'global' ? null : row.target;
                return (
                  <TableRow key={row.key}>
                    <TableCell>{row.scope}</TableCell>
                    <TableCell>{row.policy.minimumLength}</TableCell>
                    <TableCell>
                      {row.policy.allowCommonPatterns ? 'Allowed' : 'Not allowed'}
                    </TableCell>
                    <TableCell>{row.policy.maximumLogonAttempts}</TableCell>
                    {me.canChange ? (
                      <TableCell>
                        <div className={styles.rowActions}>
                          <Button
                            size="small"
                            aria-label={`Edit ${row.scope} policy`}
                            onClick={() =>
                              setDialog({
                                kind: 'edit',
                                target: row.target,
                                title: `${row.scope} policy`,
                                policy: row.policy,
                              })
                            }
                          >
                            Edit
                          </Button>
                          {removable ? (
                            <Button
                              size="small"
                              aria-label={`Remove ${row.scope} policy`}
                              onClick={() => remove.mutate(removable)}
                            >
                              Remove
                            </Button>
                          ) : null}
                        </div>
                      </TableCell>
                    ) : null}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </>
      ) : null}
      {dialog ? <PinPolicyDialog mode={dialog} onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
