/**
 * YAML and a small kustomize: resources, namespace, images and JSON 6902 patches, which is all the
 * kustomizations under deploy/k8s use (manifests.spec.ts compares it with `kubectl kustomize` where kubectl is
 * installed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { IPodSpec, IPodTemplateSpec } from 'kubernetes-models/v1';

interface Metadata {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
export interface Resource {
  apiVersion: string;
  kind: string;
  metadata: Metadata;
  [field: string]: unknown;
}

export function parseYaml(text: string, where: string): unknown[] {
  return parseAllDocuments(text).flatMap((doc) => {
    if (doc.errors.length > 0) throw new Error(`${where}: ${doc.errors.map((e) => e.message).join('; ')}`);
    const value: unknown = doc.toJS();
    return value === null || value === undefined ? [] : [value];
  });
}

export const parseYamlFile = (file: string): unknown[] => parseYaml(fs.readFileSync(file, 'utf8'), file);

export function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? yamlFiles(path.join(dir, e.name))
        : /\.ya?ml$/.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
    )
    .sort();
}

export function asResource(value: unknown, where: string): Resource {
  const r = value as Partial<Resource>;
  if (
    typeof r?.apiVersion !== 'string' ||
    typeof r.kind !== 'string' ||
    typeof r.metadata?.name !== 'string'
  ) {
    throw new Error(`${where}: a document without apiVersion, kind or metadata.name`);
  }
  return r as Resource;
}

interface PatchTarget {
  kind?: string;
  name?: string;
  group?: string;
  version?: string;
  labelSelector?: string;
}
interface JsonPatchOp {
  op: 'add' | 'replace' | 'remove';
  path: string;
  value?: unknown;
}
interface Kustomization {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  resources?: string[];
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { target: PatchTarget; patch: string }[];
}
const RENDERED_FIELDS = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'images', 'patches']);
export const CLUSTER_SCOPED = new Set(['Namespace']);

function targets(r: Resource, t: PatchTarget): boolean {
  const [group, version] = r.apiVersion.includes('/') ? r.apiVersion.split('/') : ['', r.apiVersion];
  if (t.kind !== undefined && t.kind !== r.kind) return false;
  if (t.group !== undefined && t.group !== group) return false;
  if (t.version !== undefined && t.version !== version) return false;
  // kustomize reads the target name as an anchored regular expression.
  if (t.name !== undefined && !new RegExp(`^(?:${t.name})$`).test(r.metadata.name)) return false;
  if (t.labelSelector !== undefined) {
    for (const term of t.labelSelector.split(',')) {
      const [key, value] = term.split('=').map((s) => s.trim());
      if (r.metadata.labels?.[key] !== value) return false;
    }
  }
  return true;
}

function applyJsonPatch(doc: Resource, ops: JsonPatchOp[], where: string): void {
  for (const op of ops) {
    const keys = op.path
      .split('/')
      .slice(1)
      .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = keys.pop();
    if (last === undefined) throw new Error(`${where}: empty patch path`);
    let parent: unknown = doc;
    for (const key of keys) {
      parent = (parent as Record<string, unknown> | undefined)?.[key];
      if (typeof parent !== 'object' || parent === null)
        throw new Error(`${where}: ${op.path} does not exist`);
    }
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (!Number.isInteger(index) || index < 0 || index > parent.length)
        throw new Error(`${where}: bad index in ${op.path}`);
      if (op.op === 'add') parent.splice(index, 0, op.value);
      else if (index >= parent.length) throw new Error(`${where}: ${op.path} does not exist`);
      else if (op.op === 'replace') parent[index] = op.value;
      else parent.splice(index, 1);
      continue;
    }
    const object = parent as Record<string, unknown>;
    if (op.op !== 'add' && !(last in object)) throw new Error(`${where}: ${op.path} does not exist`);
    if (op.op === 'remove') delete object[last];
    else if (op.op === 'add' || op.op === 'replace') object[last] = structuredClone(op.value);
    else throw new Error(`${where}: unsupported patch op ${String((op as { op: unknown }).op)}`);
  }
}

export function podSpecOf(r: Resource): IPodSpec | undefined {
  const spec = r['spec'] as
    { template?: IPodTemplateSpec; jobTemplate?: { spec?: { template?: IPodTemplateSpec } } } | undefined;
  return (spec?.template ?? spec?.jobTemplate?.spec?.template)?.spec;
}

/** Renders a kustomization directory the way `kubectl kustomize` does for the fields used here. */
export function render(dir: string): Resource[] {
  const [k] = parseYamlFile(path.join(dir, 'kustomization.yaml')) as Kustomization[];
  for (const field of Object.keys(k)) {
    if (!RENDERED_FIELDS.has(field))
      throw new Error(`${dir}: this test does not render kustomize's ${field}`);
  }
  const out: Resource[] = [];
  for (const entry of k.resources ?? []) {
    const p = path.join(dir, entry);
    if (fs.statSync(p).isDirectory()) out.push(...render(p));
    else out.push(...parseYamlFile(p).map((d) => asResource(d, p)));
  }
  for (const [i, patch] of (k.patches ?? []).entries()) {
    const where = `${dir} patches[${i}]`;
    const parsed = parseYaml(patch.patch, where);
    if (parsed.length !== 1 || !Array.isArray(parsed[0])) throw new Error(`${where}: not a JSON 6902 patch`);
    const matched = out.filter((r) => targets(r, patch.target));
    if (matched.length === 0) throw new Error(`${where}: no resource matches the target`);
    for (const r of matched) applyJsonPatch(r, parsed[0] as JsonPatchOp[], where);
  }
  for (const image of k.images ?? []) {
    for (const r of out) {
      const spec = podSpecOf(r);
      for (const c of [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])]) {
        const [name, tag] = splitImage(c.image ?? '');
        if (name !== image.name) continue;
        c.image = `${image.newName ?? name}${(image.newTag ?? tag) ? `:${image.newTag ?? tag}` : ''}`;
      }
    }
  }
  if (k.namespace) {
    for (const r of out) if (!CLUSTER_SCOPED.has(r.kind)) r.metadata.namespace = k.namespace;
  }
  return out;
}

function splitImage(image: string): [string, string | undefined] {
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  return colon > slash ? [image.slice(0, colon), image.slice(colon + 1)] : [image, undefined];
}

export const keyOf = (r: Resource) => `${r.kind}/${r.metadata.namespace ?? ''}/${r.metadata.name}`;
