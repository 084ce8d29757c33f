// @ts-check
/**
 * The Compare Figures webview's script: builds the table from the data the extension posts (see
 * client/src/compareFiguresView.ts for the messages), and updates it in place when new data comes, keeping the
 * focused cell. Report text is only ever written with `textContent`, so it stays text. The grid is navigated with
 * the arrow keys, Home/End and Ctrl+Home/End; Enter or Space (or a click) on a report's cell opens that report at
 * its figure, and anywhere else on a row selects the figure in the article. What is shown is kept with
 * `setState`, so a hidden panel comes back as it was before the extension answers.
 */
(function () {
  // @ts-ignore: provided by VS Code to webview scripts
  const vscode = acquireVsCodeApi();

  const heading = /** @type {HTMLElement} */ (document.getElementById('heading'));
  const message = /** @type {HTMLElement} */ (document.getElementById('message'));
  const grid = /** @type {HTMLTableElement} */ (document.getElementById('figures'));
  const legend = /** @type {HTMLElement} */ (document.getElementById('legend'));
  const status = /** @type {HTMLElement} */ (document.getElementById('status'));
  const copyButton = /** @type {HTMLButtonElement} */ (document.getElementById('copy-markdown'));
  const saveButton = /** @type {HTMLButtonElement} */ (document.getElementById('save-csv'));

  /** Columns before the reports' (the figure, what it is about) and after them (the consensus). */
  const LEADING_COLUMNS = 2;

  /**
   * What is shown: the table (or a message instead of one), and the cell that has the keyboard focus.
   * @type {{ table?: any, message?: string, focus?: { rowKey: string, column: number } }}
   */
  let state = vscode.getState() || {};
  /** The data the table was last built from, to skip rebuilding it for the same data. */
  let rendered = '';

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data.type !== 'string') return;
    if (data.type === 'table') {
      // a confirmation ("Copied …") is about the table it was given for
      if (data.table?.uri !== state.table?.uri) status.textContent = '';
      show({ ...state, table: data.table, message: undefined });
    }
    else if (data.type === 'message') show({ ...state, table: undefined, message: String(data.text) });
    else if (data.type === 'status') status.textContent = String(data.text);
  });

  copyButton.addEventListener('click', () => vscode.postMessage({ type: 'copyMarkdown' }));
  saveButton.addEventListener('click', () => vscode.postMessage({ type: 'saveCsv' }));
  grid.addEventListener('click', (event) => {
    const cell = /** @type {HTMLElement | null} */ (event.target instanceof Element ? event.target.closest('tbody th, tbody td') : null);
    if (!cell) return;
    moveFocus(cell);
    activate(cell);
  });
  grid.addEventListener('keydown', onKeyDown);

  render();
  vscode.postMessage({ type: 'ready' });

  /** @param {typeof state} next */
  function show(next) {
    state = next;
    vscode.setState(state);
    render();
  }

  function render() {
    const table = state.table;
    const hasTable = !!table;
    message.hidden = hasTable || !state.message;
    message.textContent = state.message || '';
    grid.hidden = !hasTable;
    copyButton.disabled = saveButton.disabled = !hasTable;
    heading.textContent = hasTable ? `Compare Figures: ${table.source}` : 'Compare Figures';
    if (!hasTable) {
      rendered = '';
      return;
    }
    const data = JSON.stringify(table);
    if (data === rendered) return;
    rendered = data;
    const hadFocus = grid.contains(document.activeElement);
    legend.textContent = legendText(table);
    // Head and body are built aside and swapped in at once: the table never shows half-built or empty.
    const head = document.createElement('thead');
    head.append(headerRow(table));
    const body = document.createElement('tbody');
    for (const row of table.rows) body.append(bodyRow(table, row));
    grid.replaceChildren(legend, head, body);
    if (!table.rows.length) body.append(noRowsRow(table));
    placeFocus(hadFocus);
  }

  /** @param {any} table */
  function legendText(table) {
    const m = table.marks;
    return `${table.fileName}: each figure beside what the other reports say of it, in this report's units. ` +
      `${m.agrees.symbol} ${m.agrees.word}, ${m.compatible.symbol} ${m.compatible.word}, ${m.conflicts.symbol} ${m.conflicts.word}; ` +
      'an empty cell: that report says nothing of it. Enter on a report\'s cell opens it there; elsewhere on a row, selects the figure in the article.';
  }

  /** @param {any} table */
  function headerRow(table) {
    const tr = document.createElement('tr');
    tr.append(columnHeader(table.source, table.fileName), columnHeader('About'));
    table.columns.forEach((/** @type {any} */ column, /** @type {number} */ k) => tr.append(columnHeader(column.source, table.columnFiles[k])));
    tr.append(columnHeader('Consensus'));
    return tr;
  }

  /** @param {string} text @param {string=} title */
  function columnHeader(text, title) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    if (title) th.title = title;
    return th;
  }

  /** @param {any} table @param {any} row */
  function bodyRow(table, row) {
    const tr = document.createElement('tr');
    tr.dataset.key = row.key;
    tr.className = row.kind;
    const figure = document.createElement('th');
    figure.scope = 'row';
    figure.textContent = row.written;
    figure.title = `${row.value}: select it in the article`;
    const about = document.createElement('td');
    about.textContent = row.label;
    tr.append(figure, about);
    row.cells.forEach((/** @type {any} */ cell, /** @type {number} */ k) => tr.append(reportCell(table, row, cell, k)));
    const consensus = document.createElement('td');
    consensus.className = 'consensus';
    consensus.textContent = row.consensus || '';
    tr.append(consensus);
    for (const cell of tr.children) /** @type {HTMLElement} */ (cell).tabIndex = -1;
    return tr;
  }

  /** What one report says: its figure in this report's unit, a symbol and a word; or nothing. */
  /** @param {any} table @param {any} row @param {any} cell @param {number} k */
  function reportCell(table, row, cell, k) {
    const td = document.createElement('td');
    const source = table.columns[k].source;
    if (!cell) {
      td.className = 'silent';
      td.setAttribute('aria-label', `${source} says nothing of the ${row.label}`);
      return td;
    }
    const mark = table.marks[cell.agreement];
    td.className = `report ${cell.agreement}`;
    td.dataset.uri = cell.uri;
    const symbol = document.createElement('span');
    symbol.className = 'symbol';
    symbol.setAttribute('aria-hidden', 'true');
    symbol.textContent = mark.symbol;
    const value = document.createElement('span');
    value.className = 'value';
    value.textContent = cell.converted;
    const word = document.createElement('span');
    word.className = 'word';
    word.textContent = mark.word;
    td.append(symbol, ' ', value, ' ', word);
    td.setAttribute('aria-label', `${source}: ${cell.converted}, ${mark.word}. Opens ${table.columnFiles[k]} at its figure.`);
    td.title = cell.sentence;
    return td;
  }

  /** @param {any} table */
  function noRowsRow(table) {
    const tr = document.createElement('tr');
    const td = document.createElement('td');
    td.colSpan = table.columns.length + LEADING_COLUMNS + 1;
    td.textContent = 'No figure or name of this report to compare.';
    tr.append(td);
    return tr;
  }

  // ------------------------------------------------------------------------------------------- keyboard

  /** The cell that should hold the focus: the one saved (found again by row key and column), else the first. */
  function focusTarget() {
    const rows = bodyRows();
    if (!rows.length) return undefined;
    const saved = state.focus;
    const row = (saved && rows.find((r) => r.dataset.key === saved.rowKey)) || rows[0];
    const cells = /** @type {HTMLElement[]} */ ([...row.children]);
    return cells[Math.min(saved ? saved.column : 0, cells.length - 1)];
  }

  /** One cell is in the tab order (roving tabindex); it takes the focus back if the table had it. */
  /** @param {boolean} hadFocus */
  function placeFocus(hadFocus) {
    const target = focusTarget();
    if (!target) return;
    target.tabIndex = 0;
    if (hadFocus) target.focus();
  }

  function bodyRows() {
    return /** @type {HTMLTableRowElement[]} */ ([...grid.querySelectorAll('tbody tr[data-key]')]);
  }

  /** @param {HTMLElement} cell */
  function moveFocus(cell) {
    for (const other of grid.querySelectorAll('tbody [tabindex="0"]')) /** @type {HTMLElement} */ (other).tabIndex = -1;
    cell.tabIndex = 0;
    cell.focus();
    const row = /** @type {HTMLElement} */ (cell.parentElement);
    if (row.dataset.key === undefined) return;
    state = { ...state, focus: { rowKey: row.dataset.key, column: [...row.children].indexOf(cell) } };
    vscode.setState(state);
  }

  /** A report's cell opens that report at its figure; anything else on a row selects the figure in the article. */
  /** @param {HTMLElement} cell */
  function activate(cell) {
    const rowKey = /** @type {HTMLElement} */ (cell.parentElement).dataset.key;
    if (rowKey === undefined) return;
    if (cell.dataset.uri) vscode.postMessage({ type: 'openCell', rowKey, uri: cell.dataset.uri });
    else vscode.postMessage({ type: 'selectRow', rowKey });
  }

  /** @param {KeyboardEvent} event */
  function onKeyDown(event) {
    const cell = /** @type {HTMLElement | null} */ (event.target instanceof Element ? event.target.closest('tbody th, tbody td') : null);
    if (!cell) return;
    const rows = bodyRows();
    const row = rows.indexOf(/** @type {HTMLTableRowElement} */ (cell.parentElement));
    const column = [...(cell.parentElement?.children ?? [])].indexOf(cell);
    const last = (/** @type {number} */ r) => rows[r].children.length - 1;
    /** @type {[number, number] | undefined} */
    let to;
    switch (event.key) {
      case 'ArrowUp': to = [Math.max(0, row - 1), column]; break;
      case 'ArrowDown': to = [Math.min(rows.length - 1, row + 1), column]; break;
      case 'ArrowLeft': to = [row, Math.max(0, column - 1)]; break;
      case 'ArrowRight': to = [row, Math.min(last(row), column + 1)]; break;
      case 'Home': to = event.ctrlKey ? [0, 0] : [row, 0]; break;
      case 'End': to = event.ctrlKey ? [rows.length - 1, last(rows.length - 1)] : [row, last(row)]; break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        activate(cell);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (row < 0) return;
    const [r, c] = to;
    moveFocus(/** @type {HTMLElement} */ (rows[r].children[Math.min(c, last(r))]));
  }
})();
