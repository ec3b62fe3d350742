package org.matchprep.answers.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.dom.Element;
import tools.jackson.databind.json.JsonMapper;

/**
 * The copy of an answer's text that the browser keeps in its local storage while the server has not
 * confirmed it, so that a crash or a lost connection loses no typing. The browser writes it on every key
 * (it must work while the server is gone); the server removes it once a save confirmed that very text.
 * One entry per applicant and question, in that browser only.
 */
final class BrowserDrafts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Element editor;
    private final String key;

    BrowserDrafts(Element editor, long applicantId, long questionId) {
        this.editor = editor;
        this.key = "matchprep.draft." + applicantId + "." + questionId;
    }

    String key() {
        return key;
    }

    /**
     * Makes the browser copy the parts to local storage on every input, with the version they are typed
     * over ({@code data-version} of the editor). Called on each attach: a re-attached editor is a new element.
     */
    void keepTyping() {
        editor.executeJs("""
                const editor = this;
                editor.matchprepDraftKey = $0;
                if (editor.matchprepDraftsKept) { return; }
                editor.matchprepDraftsKept = true;
                editor.addEventListener('input', event => {
                  if (!event.target.closest('.answer-part')) { return; }
                  const parts = {};
                  editor.querySelectorAll('vaadin-text-area[data-part]').forEach(field => { parts[field.dataset.part] = field.value; });
                  try {
                    localStorage.setItem(editor.matchprepDraftKey,
                        JSON.stringify({ parts, version: Number(editor.dataset.version), typedAt: Date.now() }));
                  } catch (full) { /* storage off or full: the server's copy is all there is */ }
                });""", key);
    }

    /** Asks the browser for its copy; {@code found} gets it when there is one. */
    void read(Consumer<UnsavedText> found) {
        editor.executeJs("try { return localStorage.getItem($0); } catch (off) { return null; }", key)
                .then(String.class, stored -> UnsavedText.parse(stored).ifPresent(found));
    }

    /**
     * Removes the copy if it holds exactly {@code saved}: text typed while the save travelled is newer
     * than what the server confirmed and stays.
     */
    void clearIfSaved(Map<String, String> saved) {
        editor.executeJs("""
                try {
                  const stored = localStorage.getItem($0);
                  if (!stored) { return; }
                  const saved = JSON.parse($1);
                  const parts = JSON.parse(stored).parts || {};
                  const keys = new Set([...Object.keys(saved), ...Object.keys(parts)]);
                  if ([...keys].every(key => (saved[key] || '') === (parts[key] || ''))) { localStorage.removeItem($0); }
                } catch (unreadable) { localStorage.removeItem($0); }""", key, JSON.writeValueAsString(saved));
    }

    void clear() {
        editor.executeJs("try { localStorage.removeItem($0); } catch (off) { }", key);
    }
}
