// The addresses of the public document page: /public/{year}/{org} and /public/{year}/{org}/v/{N}, in
// plain letters and digits (proxy.ts leaves exactly these to the page, which sets its own headers).

const ADDRESS = /^\/public\/(\d{4})\/([0-9A-Za-z]{1,20})(?:\/v\/([1-9]\d{0,5}))?$/;

export function publicPageAddress(pathname: string): { year: string; org: string; versionNo?: string } | null {
  const m = ADDRESS.exec(pathname);
  return m ? { year: m[1], org: m[2], ...(m[3] ? { versionNo: m[3] } : {}) } : null;
}
