import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { FINDING_THRESHOLDS_SETTING, toFindingThresholds } from '@/lib/analysis';
import { findSetting, getDb } from '@/lib/db';
import { getOperatorAccess } from '../login/get-operator-access';
import { AnalysisWarnings } from '../ui/findings/analysis-warnings';
import { ThresholdsForm } from '../ui/findings/thresholds-form';
import { saveThresholds } from './actions';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  await connection();
  const db = await getDb();
  const [thresholds, access] = await Promise.all([toFindingThresholds(await findSetting(db, FINDING_THRESHOLDS_SETTING)), getOperatorAccess()]);
  const canSave = access.state === 'allowed';
  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <h1>Settings</h1>
          <span className="subtle">
            When a run counts as <Link href="/stuck">stuck</Link> and a quota as <Link href="/quotas">at risk</Link>. Changes are
            audited.
          </span>
        </div>
      </div>
      {access.state !== 'allowed' && (
        <div className="callout callout-warning" role="note">
          {access.message} <Link href="/login?next=/settings">Sign in</Link> to change thresholds.
        </div>
      )}
      <AnalysisWarnings warnings={thresholds.warnings} />
      <ThresholdsForm current={thresholds.value} action={saveThresholds} canSave={canSave} />
    </>
  );
}
