import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './public.css';

/** Public disclosure pages: self-hosted Chinese fonts and print styles. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return children;
}
