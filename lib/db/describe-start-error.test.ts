import { describe, expect, it } from 'vitest';
import { describeStartError, startFailureText } from './describe-start-error';

const errnoError = (message: string, code: string, syscall?: string) => Object.assign(new Error(message), { code, syscall });

describe('describeStartError', () => {
  it('names an Error by its message, without a hint when the cause is not recognised', () => {
    expect(describeStartError(new Error('migration 2026 failed'))).toEqual({ cause: 'migration 2026 failed', hint: null });
    expect(startFailureText(new Error('migration 2026 failed'))).toBe('启动失败：migration 2026 failed');
  });

  it('follows the cause of an Error', () => {
    const e = new Error('内置 PostgreSQL 启动失败', { cause: errnoError('connect ECONNREFUSED 127.0.0.1:54329', 'ECONNREFUSED') });
    expect(describeStartError(e).cause).toBe('内置 PostgreSQL 启动失败；原因：connect ECONNREFUSED 127.0.0.1:54329');
  });

  it('says what a string, an object without message and undefined were', () => {
    expect(describeStartError('initdb: directory exists').cause).toBe('initdb: directory exists');
    expect(describeStartError({ exitCode: 1, signal: null }).cause).toBe('{ exitCode: 1, signal: null }');
    expect(describeStartError(undefined).cause).toBe('未知错误（抛出的值为 undefined，没有任何说明）');
    expect(startFailureText(undefined)).not.toContain('undefined（');
    expect(startFailureText(undefined)).not.toBe('启动失败：undefined');
  });

  it('names an Error without a message by its code, or its name and where it was thrown', () => {
    expect(describeStartError(errnoError('', 'ENOENT')).cause).toBe('Error（错误代码 ENOENT）');
    expect(describeStartError(new TypeError('')).cause).toMatch(/^TypeError（没有错误信息），位置：at /);
    const refused = new AggregateError([errnoError('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], '');
    expect(describeStartError(refused).cause).toBe('AggregateError（没有错误信息）：connect ECONNREFUSED ::1:5432');
  });

  it('hints at a port in use only for EADDRINUSE, and at the data folder only for EACCES', () => {
    const inUse = errnoError('listen EADDRINUSE: address already in use :::3000', 'EADDRINUSE', 'listen');
    expect(startFailureText(inUse, { port: '3000', pgPort: '54329' })).toBe(
      '启动失败：listen EADDRINUSE: address already in use :::3000\n提示：端口已被占用（应用端口 3000 或 内置数据库端口 54329）：请关闭占用端口的程序，或用 PORT=… / EMBEDDED_PG_PORT=… 换一个端口',
    );
    const denied = new Error('无法创建数据目录', { cause: errnoError("EACCES: permission denied, mkdir '/data/pg'", 'EACCES') });
    expect(describeStartError(denied, { dataDir: '.data/pg' }).hint).toBe('数据目录 .data/pg 不可写：请检查它的权限，或用 EMBEDDED_PG_DIR=… 指定另一个目录');
    expect(describeStartError(new Error('P3009 migrate found failed migrations')).hint).toBeNull();
  });
});
