import type { AppErrorCode } from '../errors/app-error';

/** The one map from application error codes to HTTP status, shared by every route handler. */
export const APP_ERROR_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  VALIDATION: 422,
  TOO_LARGE: 413,
};

export function appErrorStatus(code: AppErrorCode): number {
  return APP_ERROR_STATUS[code];
}
