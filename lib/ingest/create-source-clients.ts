import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { SFNClient } from '@aws-sdk/client-sfn';
import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';

/** What it takes to reach a source; credentials are never part of it (only a profile name or a role ARN). */
export type SourceConnection = {
  kind: string;
  name: string;
  region: string | null;
  profile: string | null;
  roleArn: string | null;
  endpoint: string | null;
};

export type SourceClients = { sfn: SFNClient; cloudWatch: CloudWatchClient; logs: CloudWatchLogsClient };

export type SourceClientOptions = {
  /** SDK attempts per call (default: the SDK's 3). The sync passes 1 and backs off itself, counting throttles. */
  maxAttempts?: number;
};

/** The region a local engine mints ARNs for when the source names none (scripts/engine.ts default). */
export const LOCAL_DEFAULT_REGION = 'us-east-1';
/** A local endpoint checks no signature, but the SDK signs every request (api-protocol.md §2). */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
const ROLE_SESSION_NAME = 'statescope-sync';

export class SourceConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceConfigError';
  }
}

/**
 * SDK clients for a source. AWS: the region, with credentials from the SDK's default chain, a named profile
 * of it, and an optional role assumed on top. LOCAL: the endpoint override with dummy credentials; a local
 * endpoint serves the Step Functions API only, so its CloudWatch clients have nothing to answer them.
 */
export function createSourceClients(source: SourceConnection, options: SourceClientOptions = {}): SourceClients {
  if (source.kind === 'LOCAL') {
    if (!source.endpoint) throw new SourceConfigError(`Source "${source.name}" is a local endpoint but has no endpoint URL.`);
    const config = {
      region: source.region ?? LOCAL_DEFAULT_REGION,
      endpoint: source.endpoint,
      credentials: LOCAL_CREDENTIALS,
      maxAttempts: options.maxAttempts,
    };
    // StartSyncExecution/TestState would otherwise go to http://sync-<host> (api-protocol.md §1).
    return { sfn: new SFNClient({ ...config, disableHostPrefix: true }), cloudWatch: new CloudWatchClient(config), logs: new CloudWatchLogsClient(config) };
  }
  if (source.kind !== 'AWS') throw new SourceConfigError(`Source "${source.name}" (${source.kind}) is not an AWS region or a local endpoint.`);
  if (!source.region) throw new SourceConfigError(`Source "${source.name}" has no AWS region.`);

  const config = { region: source.region, credentials: getCredentialProvider(source), maxAttempts: options.maxAttempts };
  return { sfn: new SFNClient(config), cloudWatch: new CloudWatchClient(config), logs: new CloudWatchLogsClient(config) };
}

/** Undefined leaves the SDK's default chain (environment, shared config, SSO, container and instance roles). */
function getCredentialProvider(source: SourceConnection): ReturnType<typeof fromTemporaryCredentials> | undefined {
  const region = source.region ?? undefined;
  // With a profile, the chain skips the environment's keys and reads that profile.
  const base = source.profile ? fromNodeProviderChain({ profile: source.profile }) : undefined;
  if (!source.roleArn) return base;
  return fromTemporaryCredentials({
    params: { RoleArn: source.roleArn, RoleSessionName: ROLE_SESSION_NAME },
    ...(base ? { masterCredentials: base } : {}),
    clientConfig: { region },
  });
}
