'use client';

import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { checkListName, LIST_NAME_MAX_LENGTH } from '@/lib/schemas/list-rules';

export function RenameListForm({ name, disabled, onRename }: { name: string; disabled: boolean; onRename: (name: string) => void }) {
  const [draft, setDraft] = useState(name);
  const [error, setError] = useState<string | undefined>();

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkListName(draft);
    if (!checked.ok) {
      const message = checked.message;
      flushSync(() => setError(message));
      document.getElementById('rename-list')?.focus();
      return;
    }
    setError(undefined);
    if (checked.name !== name) onRename(checked.name);
  };

  return (
    <form noValidate onSubmit={submit} className="print:hidden">
      <fieldset disabled={disabled} className="flex min-w-0 flex-col items-start gap-3">
        <legend className="sr-only">Rename this list</legend>
        <TextField
          id="rename-list"
          label="List name"
          width="wide"
          className="w-full"
          value={draft}
          onValueChange={setDraft}
          error={error}
          maxLength={LIST_NAME_MAX_LENGTH}
          autoComplete="off"
        />
        <Button type="submit" variant="secondary">
          Save name
        </Button>
      </fieldset>
    </form>
  );
}
