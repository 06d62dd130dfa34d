import fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSourceClients, SourceConfigError, type SourceConnection } from '@/lib/ingest';

const aws = (over: Partial<SourceConnection> = {}): SourceConnection => ({ kind: 'AWS', name: 'prod', region: 'eu-west-1', profile: null, roleArn: null, endpoint: null, ...over });

describe('SDK clients for a source', () => {
  const saved = { ...process.env };
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statescope-aws-'));
    fs.writeFileSync(path.join(dir, 'credentials'), '[dev]\naws_access_key_id = AKIADEVPROFILE\naws_secret_access_key = dev-secret\n');
    fs.writeFileSync(path.join(dir, 'config'), '[profile dev]\nregion = eu-west-1\n');
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, 'credentials');
    process.env.AWS_CONFIG_FILE = path.join(dir, 'config');
    process.env.AWS_ACCESS_KEY_ID = 'AKIAFROMENVIRONMENT';
    process.env.AWS_SECRET_ACCESS_KEY = 'env-secret';
    delete process.env.AWS_PROFILE;
  });
  afterEach(() => {
    process.env = { ...saved };
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('points all three clients at a local endpoint with dummy credentials', async () => {
    const clients = createSourceClients({ kind: 'LOCAL', name: 'Local engine', region: null, profile: null, roleArn: null, endpoint: 'http://127.0.0.1:8083' });
    const endpoint = await clients.sfn.config.endpoint?.();
    expect([endpoint?.protocol, endpoint?.hostname, String(endpoint?.port)]).toEqual(['http:', '127.0.0.1', '8083']);
    expect(await clients.sfn.config.region()).toBe('us-east-1');
    expect(await clients.sfn.config.credentials()).toMatchObject({ accessKeyId: 'local' });
    expect(clients.sfn.config.disableHostPrefix).toBe(true);
  });

  it('uses the SDK default chain for a plain AWS region (here, the environment)', async () => {
    const clients = createSourceClients(aws());
    expect(await clients.cloudWatch.config.region()).toBe('eu-west-1');
    expect(await clients.sfn.config.credentials()).toMatchObject({ accessKeyId: 'AKIAFROMENVIRONMENT' });
  });

  it('reads a named profile instead of the environment when one is set', async () => {
    const clients = createSourceClients(aws({ profile: 'dev' }));
    expect(await clients.logs.config.credentials()).toMatchObject({ accessKeyId: 'AKIADEVPROFILE' });
  });

  it('assumes the role with the profile’s credentials', async () => {
    const requests: { body: string; authorization: string }[] = [];
    const sts = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        requests.push({ body, authorization: String(req.headers.authorization) });
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(`<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials>
          <AccessKeyId>ASIAASSUMED</AccessKeyId><SecretAccessKey>assumed-secret</SecretAccessKey><SessionToken>token</SessionToken>
          <Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::111122223333:assumed-role/reader/statescope-sync</Arn>
          <AssumedRoleId>AROATEST:statescope-sync</AssumedRoleId></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></AssumeRoleResponse>`);
      });
    });
    await new Promise<void>((resolve) => sts.listen(0, '127.0.0.1', resolve));
    process.env.AWS_ENDPOINT_URL_STS = `http://127.0.0.1:${(sts.address() as AddressInfo).port}`;
    try {
      const clients = createSourceClients(aws({ profile: 'dev', roleArn: 'arn:aws:iam::111122223333:role/reader' }));
      expect(await clients.sfn.config.credentials()).toMatchObject({ accessKeyId: 'ASIAASSUMED', sessionToken: 'token' });
      expect(decodeURIComponent(requests[0].body)).toContain('RoleArn=arn:aws:iam::111122223333:role/reader');
      expect(requests[0].authorization).toContain('Credential=AKIADEVPROFILE/');
    } finally {
      await new Promise((resolve) => sts.close(resolve));
    }
  });

  it('refuses a source it cannot reach, saying what is missing', () => {
    expect(() => createSourceClients(aws({ region: null }))).toThrow(SourceConfigError);
    expect(() => createSourceClients({ kind: 'LOCAL', name: 'x', region: null, profile: null, roleArn: null, endpoint: null })).toThrow(/has no endpoint URL/);
  });
});
