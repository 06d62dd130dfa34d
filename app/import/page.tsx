import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getUploadLimits } from '@/lib/auth';
import { signOut } from '../login/actions';
import { getOperatorAccess } from '../login/get-operator-access';
import { OperatorBar } from '../ui/actions/operator-bar';
import { ImportForm } from '../ui/import-form';
import { importFiles } from './actions';

export const metadata: Metadata = { title: 'Import' };

export default async function ImportPage() {
  await connection();
  const access = await getOperatorAccess();
  const { maxUploadBytes } = getUploadLimits(process.env);
  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <h1>Import histories</h1>
          <span className="subtle">
            Upload execution histories exported with the AWS CLI. Re-importing a file is safe: unchanged executions are left as
            they are.
          </span>
        </div>
      </div>
      <OperatorBar access={access} signOut={signOut} next="/import" />
      <ImportForm action={importFiles} allowed={access.state === 'allowed'} maxUploadBytes={maxUploadBytes} />
    </>
  );
}
