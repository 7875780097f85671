/** Throwaway PostgreSQL databases for the suites in test/postgres (TRIANGULATE_TEST_PG names the server's admin db). */
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';

export const ADMIN_URL = process.env.TRIANGULATE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const created: string[] = [];

// At the end of the whole file's run: dropping a database force-closes connections still open to it.
after(dropCreated);

/** A new empty database on the test server, dropped when the suite ends. */
export async function freshDatabase(label = 'test'): Promise<string> {
  const name = `triangulate_${label}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  created.push(name);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.href;
}

async function dropCreated(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  for (const name of created.splice(0)) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
