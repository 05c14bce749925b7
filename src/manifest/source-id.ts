/** `My_Repo` → `my-repo`: a valid source id made from any text. */
export function slugifyId(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'source' : slug;
}

/** The id of a repository: its name, slugified (`SovereignCloudStack/k8s-harbor.git` → `k8s-harbor`). */
export function deriveSourceId(repo: string): string {
  const name = repo.replace(/[/]+$/, '').replace(/\.git$/, '').split(/[/:]/).at(-1) ?? repo;
  return slugifyId(name);
}

/** Hands out unique ids: the first request gets `name`, repeats get `name-2`, `name-3`, … */
export function createIdAllocator(taken: Iterable<string> = []): (name: string) => string {
  const used = new Set(taken);
  return (name) => {
    let id = name;
    for (let n = 2; used.has(id); n++) id = `${name}-${n}`;
    used.add(id);
    return id;
  };
}
