/**
 * The "Sources" view in the Explorer: the corpus documents from
 * `sourced/sources` with author, date and citation count, each opening at
 * its first passage. Refreshed when the server reports the index ready and
 * when a draft is saved. Labels and tooltips are plain strings, never
 * Markdown: corpus metadata is not trusted.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { Commands, SourcesRequest, type SourceInfo, type SourcesResult } from '../../server/src/protocol.js';
import { toUri } from './convert.js';

export class SourcesView implements vscode.TreeDataProvider<SourceInfo>, vscode.Disposable {
  static readonly viewId = 'sourced.sources';
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(element?: SourceInfo): Promise<SourceInfo[]> {
    if (element || !this.client.isRunning()) return [];
    try {
      const sources = await this.client.sendRequest<SourcesResult>(SourcesRequest, {});
      return [...sources].sort((a, b) => (a.title || a.sourceId).localeCompare(b.title || b.sourceId));
    } catch (error) {
      this.client.error('Listing the sources failed', error);
      return [];
    }
  }

  getTreeItem(source: SourceInfo): vscode.TreeItem {
    const item = new vscode.TreeItem(source.title || source.sourceId, vscode.TreeItemCollapsibleState.None);
    item.id = source.sourceId;
    const who = source.author ?? source.publisher;
    const cited = source.citationCount === 1 ? '1 citation' : `${source.citationCount} citations`;
    item.description = [who, year(source.date), cited].filter(Boolean).join(' · ');
    item.tooltip = [
      source.title,
      who && `by ${who}`,
      source.publisher && source.publisher !== who ? source.publisher : undefined,
      source.date,
      source.url,
      `@${source.sourceId} · ${source.passages} passages · ${cited}`,
      toUri(source.uri).fsPath,
    ]
      .filter(Boolean)
      .join('\n');
    item.iconPath = new vscode.ThemeIcon('book');
    item.contextValue = 'sourcedSource';
    item.command = { command: Commands.openSource, title: 'Open source', arguments: [source.uri, source.firstPassage] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function year(date: string | undefined): string | undefined {
  return date?.match(/\d{4}/)?.[0] ?? date;
}
