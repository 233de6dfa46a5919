// The plan editor: add and remove rows from <template>s, show only the fields a rule's kind, a window's kind and a
// period's due date use, and check the plan as it is typed with the server's own check (the messages a save and the
// API give, and each rule read back in Vietnamese). Without script the form still works: it always offers one empty
// row of each list, and saving shows the same messages.
(() => {
  'use strict';
  const editor = document.querySelector('.plan-editor');
  if (!editor) return;
  const form = editor.closest('form');

  const nextIndex = (container, pattern) => {
    let max = -1;
    container.querySelectorAll('[name]').forEach((field) => {
      const match = pattern.exec(field.name);
      if (match) max = Math.max(max, Number(match[1]));
    });
    return max + 1;
  };

  const toggle = (root) => {
    root.querySelectorAll('[data-rule-kind]').forEach((select) => {
      const rule = select.closest('[data-rule]');
      rule.querySelectorAll('[data-for-kind]').forEach((el) => {
        el.hidden = !el.dataset.forKind.split(' ').includes(select.value);
      });
    });
    root.querySelectorAll('[data-window-kind]').forEach((select) => {
      select.closest('[data-window]').querySelectorAll('[data-for-window]').forEach((el) => {
        el.hidden = el.dataset.forWindow !== select.value;
      });
    });
    root.querySelectorAll('[data-due-type]').forEach((select) => {
      select.closest('[data-row]').querySelectorAll('[data-for-due]').forEach((el) => {
        el.hidden = el.dataset.forDue !== select.value;
      });
    });
  };

  const add = (button) => {
    const list = button.dataset.add;
    if (list === 'rules') {
      const task = button.closest('[data-task]');
      const container = task.querySelector('[data-list="rules"]');
      const t = container.dataset.taskIndex;
      const r = nextIndex(container, /\.Rules\[(\d+)\]/);
      const html = document.getElementById('template-rules').innerHTML.replaceAll('__T__', t).replaceAll('__R__', String(r));
      container.insertAdjacentHTML('beforeend', html);
      toggle(container.lastElementChild);
      container.lastElementChild.querySelector('select, input')?.focus();
      return;
    }
    const container = editor.querySelector(`[data-list="${list}"]`);
    const pattern = list === 'tasks' ? /^Plan\.Tasks\[(\d+)\]/ : /^Plan\.Periods\[(\d+)\]/;
    const i = nextIndex(container, pattern);
    const marker = list === 'tasks' ? '__T__' : '__P__';
    const html = document.getElementById(`template-${list}`).innerHTML.replaceAll(marker, String(i)).replaceAll('__R__', '0');
    container.insertAdjacentHTML('beforeend', html);
    toggle(container.lastElementChild);
    container.lastElementChild.querySelector('input, select, textarea')?.focus();
  };

  let timer = 0;
  const check = async () => {
    const box = document.getElementById('plan-check');
    try {
      const response = await fetch(editor.dataset.checkUrl, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
      if (!response.ok) return;
      const result = await response.json();
      box.replaceChildren();
      if (result.errors.length > 0) {
        const list = document.createElement('ul');
        list.className = 'error';
        result.errors.forEach((message) => {
          const item = document.createElement('li');
          item.textContent = message;
          list.append(item);
        });
        box.append(list);
      }
      editor.querySelectorAll('[data-readback]').forEach((p) => {
        p.textContent = result.readBack[p.dataset.readback] ?? '';
      });
    } catch {
      // The check is a help; saving checks again.
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(check, 700);
  };

  editor.addEventListener('click', (event) => {
    const addButton = event.target.closest('[data-add]');
    if (addButton) {
      add(addButton);
      later();
      return;
    }
    const removeButton = event.target.closest('[data-remove]');
    if (removeButton) {
      removeButton.closest('[data-row]').remove();
      later();
    }
  });
  editor.addEventListener('change', (event) => {
    toggle(event.target.closest('[data-row]') ?? editor);
    later();
  });
  editor.addEventListener('input', later);
  toggle(editor);
})();
