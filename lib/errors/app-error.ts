// Typed application errors; every message is Chinese and safe to show to the user.

export type AppErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'VALIDATION' | 'INVALID_STATE' | 'TOO_LARGE';

export interface FieldError {
  field: string; // e.g. "lines[3].amount" or "项目名称"
  message: string;
}

export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    message: string,
    public readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', '请先登录');
export const forbidden = (what = '执行此操作') => new AppError('FORBIDDEN', `无权${what}`);
export const notFound = (what = '记录') => new AppError('NOT_FOUND', `${what}不存在`);
export const conflict = (message = '数据已被他人修改，请刷新后重试') => new AppError('CONFLICT', message);
export const invalid = (message: string, fieldErrors: FieldError[] = []) => new AppError('VALIDATION', message, fieldErrors);
export const tooLarge = (message: string) => new AppError('TOO_LARGE', message);
export const invalidState = (message: string) => new AppError('INVALID_STATE', message);

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
