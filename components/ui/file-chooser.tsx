'use client';
import { useEffect, useId, useRef, useState } from 'react';

/**
 * A file input with Chinese wording: the browser's own button (whose text follows the browser's language) is
 * hidden behind a 选择文件 button that names the chosen file. The input keeps its accessible name (label).
 */
export function FileChooser({ name, label, accept, required }: { name: string; label: string; accept?: string; required?: boolean }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState('');
  useEffect(() => {
    // A form reset empties the input without a change event.
    const form = input.current?.form;
    const onReset = () => setFileName('');
    form?.addEventListener('reset', onReset);
    return () => form?.removeEventListener('reset', onReset);
  }, []);
  return (
    <span className="file-chooser">
      <span className="file-chooser-label">{label}</span>{' '}
      <input
        ref={input}
        id={id}
        className="visually-hidden"
        type="file"
        name={name}
        aria-label={label}
        accept={accept}
        required={required}
        onChange={(e) => setFileName(e.currentTarget.files?.[0]?.name ?? '')}
      />
      <label
        htmlFor={id}
        className="button"
        role="button"
        tabIndex={0}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            input.current?.click();
          }
        }}
      >
        选择文件
      </label>{' '}
      <span className="file-name" data-testid={`file-name-${name}`}>
        {fileName || '未选择文件'}
      </span>
    </span>
  );
}
