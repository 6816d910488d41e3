import { z } from 'zod';
import { PlanSchema, type Plan } from './model/plan-schema.ts';
import type { PlanReadError } from './model/read-plan.ts';
import { languages } from './model/localized-text.ts';

/**
 * The one interface between the UI and the machine. Each channel has a zod schema for its
 * argument (checked by every transport before a handler runs) and a result type. Paths are
 * opaque to the renderer: absolute paths in the desktop app, workspace-relative in the browser.
 */
const FilePath = z.string().min(1).max(4_096);

/** A reviewer's public key the user imported, to check approvals against; base64 of its 32 bytes. */
export const TrustedKeySchema = z.object({
  name: z.string().min(1).max(120),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'an Ed25519 public key in base64'),
});
export type TrustedKey = z.infer<typeof TrustedKeySchema>;

export const SettingsSchema = z.object({
  language: z.enum(languages),
  recentFiles: z.array(FilePath).max(10),
  /** The name this installation's user records acts with, and the role they work in: remembered, so a reviewer sets them once. */
  userName: z.string().max(120),
  workingRole: z.enum(['team', 'reviewer']),
  trustedKeys: z.array(TrustedKeySchema).max(500),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** What each kind of file the app reads or writes is called on disk. */
export const fileKinds = {
  plan: ['.tamhil'],
  workbook: ['.xlsx'],
  csv: ['.csv'],
  spreadsheet: ['.xlsx', '.csv'],
  png: ['.png'],
  svg: ['.svg'],
  key: ['.tamhilkey'],
} as const satisfies Record<string, readonly string[]>;
export type FileKind = keyof typeof fileKinds;
const OpenKind = z.enum(['plan', 'spreadsheet', 'key']);
const SaveKind = z.enum(['plan', 'workbook', 'csv', 'png', 'svg', 'key']);
/** The kinds of file Save As names: a plan, or an export (a workbook, a CSV, the logic model as an image, a public key). */
export type SaveKind = z.infer<typeof SaveKind>;
export const exportKinds = SaveKind.exclude(['plan']).options;
export type ExportKind = (typeof exportKinds)[number];

/** The kind of export a path names by its extension, or null for anything else. */
export function exportKindOf(path: string): ExportKind | null {
  const lower = path.toLowerCase();
  return exportKinds.find((kind) => fileKinds[kind].some((extension) => lower.endsWith(extension))) ?? null;
}

/** Far above any real plan (10,000 services is about 10 MB); refuses a wrong file before reading it, on any host. */
export const planFileSizeLimit = 64 * 1024 * 1024;

/** Spreadsheets and exports travel whole, as base64: far above any department's table or picture, small enough to hold twice in memory. */
export const spreadsheetSizeLimit = 50 * 1024 * 1024;

export const hostArguments = {
  'app:info': z.object({}),
  'settings:get': z.object({}),
  'settings:set-language': z.object({ language: SettingsSchema.shape.language }),
  'plan:open': z.object({ path: FilePath }),
  'plan:open-startup': z.object({}),
  'plan:save': z.object({
    path: FilePath,
    plan: PlanSchema,
    /** The revision the renderer opened; null for a new file. */
    expectedRevision: z.string().max(128).nullable(),
    /** The user confirmed overwriting a file that changed on disk. */
    overwrite: z.boolean(),
    /** The user confirmed replacing a file marked read-only. */
    replaceReadOnly: z.boolean().optional(),
  }),
  'dialog:choose-open': z.object({ kind: OpenKind }),
  'dialog:choose-save': z.object({ suggestedName: z.string().max(255), kind: SaveKind }),
  'workspace:list': z.object({ kind: OpenKind }),
  'recent:list': z.object({}),
  /** The plan as the text Save would write, made off the page's thread; the host reads it back before keeping it. */
  'recovery:write': z.object({ key: z.string().regex(/^[A-Za-z0-9-]{1,64}$/), path: FilePath.nullable(), planText: z.string().max(planFileSizeLimit) }),
  'recovery:touch': z.object({ key: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) }),
  'recovery:list': z.object({}),
  'recovery:discard': z.object({ key: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) }),
  'spreadsheet:read': z.object({ path: FilePath }),
  /** The workspace's folders that hold plan files: the browser host's way to pick a cluster folder. */
  'cluster:list-folders': z.object({}),
  /** The system's folder dialog (desktop only), which makes the chosen folder readable. */
  'cluster:choose-folder': z.object({}),
  /** Every plan file directly in a folder, each read or with the reason it could not be. */
  'cluster:read-folder': z.object({ folder: FilePath }),
  'export:write': z.object({
    path: FilePath,
    /** The file's bytes as base64. */
    data: z.string().max(Math.ceil(spreadsheetSizeLimit / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/),
    /** The user confirmed replacing an existing file. */
    overwrite: z.boolean(),
  }),
  /** A plan read only to compare with the open one: not opened, not added to the recent files. */
  'plan:read': z.object({ path: FilePath }),
  'settings:set-identity': z.object({ userName: SettingsSchema.shape.userName, workingRole: SettingsSchema.shape.workingRole }),
  /** This installation's public key, made on first use; the secret half never leaves the host. */
  'keys:own': z.object({}),
  /** The host signs an approval's fields, checked for their form, never arbitrary bytes; the desktop asks the user first. */
  'keys:sign-approval': z.object({
    planId: z.string().min(1).max(80),
    authority: z.string().max(500),
    // The range first: a year such as 1e21 is told the years a plan can have, not the largest whole number.
    year: z.number().min(2000).max(2100).int(),
    by: z.string().min(1).max(500),
    at: z.iso.datetime(),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    note: z.string().max(20_000),
  }),
  'keys:import': z.object({ path: FilePath }),
  /** Trusts a key the page read from a file on this computer (the browser's own file dialog), checked as an imported file is. */
  'keys:trust': TrustedKeySchema,
  'keys:forget': z.object({ publicKey: TrustedKeySchema.shape.publicKey }),
  /** The ministry keys this installation trusts without an import: the key files in its trusted-keys folders, read on each call. */
  'keys:installation': z.object({}),
  /** The plans bundled with Tamhil, offered when the workspace has nothing to open. */
  'samples:list': z.object({}),
  /** Copies one bundled sample into the workspace (never over a file there) and opens the copy. */
  'samples:open': z.object({ fileName: z.string().regex(/^[A-Za-z0-9._-]{1,120}\.tamhil$/) }),
} as const;

export type HostChannel = keyof typeof hostArguments;
export const hostChannels = Object.keys(hostArguments) as HostChannel[];
export type HostArguments<K extends HostChannel> = z.infer<(typeof hostArguments)[K]>;

export type OpenError = PlanReadError | { code: 'not-found' } | { code: 'too-large'; size: number; limit: number } | { code: 'io'; errno: string };

export type OpenedPlan = { ok: true; path: string; name: string; revision: string; plan: Plan; migratedFrom: number | null };
export type OpenResult = OpenedPlan | { ok: false; path: string; name: string; error: OpenError };

/** At start: the plan to open, or word that there is none yet (a new or empty workspace), so the app greets instead of failing. */
export type StartupResult = OpenResult | { ok: false; nothingToOpen: true };

/** What each bundled sample shows, by its file name (templates/samples/samples.json). */
export const SampleDescriptionsSchema = z.record(z.string(), z.object({ he: z.string().max(500), en: z.string().max(500) }));

/** A bundled sample plan, described by its own content and by what it is there to show. */
export type SampleEntry = { fileName: string; authority: string; year: number; services: number; description: Record<(typeof languages)[number], string> | null };

export type SaveResult =
  | { ok: true; path: string; name: string; revision: string }
  | { ok: false; reason: 'conflict'; path: string }
  /** The file is marked read-only: nothing was written, and the user is asked before it is replaced. */
  | { ok: false; reason: 'read-only'; path: string }
  | { ok: false; reason: 'io'; path: string; errno: string };

export type SpreadsheetReadResult =
  | { ok: true; path: string; name: string; data: string }
  | { ok: false; path: string; name: string; error: Extract<OpenError, { code: 'not-found' | 'too-large' | 'io' }> };

/** A folder with plan files in it; `path` is `.` for the browser host's workspace itself. */
export type PlanFolderEntry = { path: string; name: string; plans: number };

export type ClusterFolderResult =
  | { ok: true; folder: string; name: string; files: OpenResult[] }
  | { ok: false; folder: string; name: string; error: Extract<OpenError, { code: 'not-found' | 'io' }> };

export type ExportWriteResult =
  | { ok: true; path: string; name: string }
  | { ok: false; reason: 'exists'; path: string }
  | { ok: false; reason: 'io'; path: string; errno: string };

/** A public key file is JSON: `{ "kind": "tamhil-public-key", "name": …, "publicKey": … }`. */
export const PublicKeyFileSchema = z.object({ kind: z.literal('tamhil-public-key'), name: TrustedKeySchema.shape.name, publicKey: TrustedKeySchema.shape.publicKey });

export type KeyImportResult =
  | { ok: true; settings: Settings; key: TrustedKey }
  | { ok: false; path: string; name: string; error: Extract<OpenError, { code: 'not-found' | 'too-large' | 'io' }> | { code: 'not-a-key'; detail: string } };

/** A key file of the installation's trusted list that could not be read, and why; the other files still count. */
export type KeyFileProblem = { file: string; error: Extract<KeyImportResult, { ok: false }>['error'] };

/** The ministry keys an installation trusts without the user importing them, each with the file it came from. */
export type InstallationKeys = { folders: string[]; keys: (TrustedKey & { file: string })[]; problems: KeyFileProblem[] };

export type FileEntry = { path: string; name: string; modified: string; size: number };

export type RecoveryEntry = { key: string; path: string | null; savedAt: string; plan: Plan };

export type AppInfo = {
  transport: 'electron' | 'browser';
  /** Whether the host shows the system's own file dialogs; the browser host lists its workspace instead. */
  nativeDialogs: boolean;
  workspace: string | null;
  version: string;
};

/**
 * How this installation's secret key is kept: sealed by the operating system's key store, in a
 * file only its owner may read (where no store protects it), or sealed by a store this host
 * cannot reach (the browser host reading the desktop app's key), so it cannot sign here.
 */
export type KeyKeeping = 'system-store' | 'file' | 'system-store-unreachable';

type HostResults = {
  'app:info': AppInfo;
  'settings:get': Settings;
  'settings:set-language': Settings;
  'plan:open': OpenResult;
  'plan:open-startup': StartupResult;
  'plan:save': SaveResult;
  'dialog:choose-open': { path: string | null };
  'dialog:choose-save': { path: string | null };
  'workspace:list': FileEntry[];
  'recent:list': FileEntry[];
  'recovery:write': { savedAt: string };
  'recovery:touch': { touched: boolean };
  'recovery:list': RecoveryEntry[];
  'recovery:discard': { discarded: boolean };
  'spreadsheet:read': SpreadsheetReadResult;
  'cluster:list-folders': PlanFolderEntry[];
  'cluster:choose-folder': { folder: string | null };
  'cluster:read-folder': ClusterFolderResult;
  'export:write': ExportWriteResult;
  'plan:read': OpenResult;
  'settings:set-identity': Settings;
  'keys:own': { publicKey: string; keeping: KeyKeeping };
  'keys:sign-approval': { signature: string; publicKey: string } | { declined: true };
  'keys:import': KeyImportResult;
  'keys:trust': Settings;
  'keys:forget': Settings;
  'keys:installation': InstallationKeys;
  'samples:list': SampleEntry[];
  'samples:open': OpenResult;
};

export type HostResult<K extends HostChannel> = HostResults[K];

export type HostApi = { [K in HostChannel]: (args: HostArguments<K>) => Promise<HostResult<K>> };

/** Menu commands the desktop menu sends to the window; the browser shows the same in its toolbar. */
export const menuCommands = [
  'new', 'open', 'open-cluster', 'save', 'save-as', 'merge-copy', 'export-workbook', 'import-workbook', 'import-services', 'export-csv',
  'undo', 'redo', 'language-he', 'language-en', 'back', 'forward', 'previous-station', 'next-station',
] as const;
export type MenuCommand = (typeof menuCommands)[number];


/** What the desktop app's preload puts on `window.tamhilDesktop`. */
export type DesktopBridge = {
  host: HostApi;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};
