import type { Metadata } from 'next';
import { ImportForm } from '../ui/import-form';
import { importFiles } from './actions';

export const metadata: Metadata = { title: 'Import' };

export default function ImportPage() {
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
      <ImportForm action={importFiles} />
    </>
  );
}
