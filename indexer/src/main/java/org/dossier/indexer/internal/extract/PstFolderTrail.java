package org.dossier.indexer.internal.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;

/**
 * The folder a .pst parse is in, followed in the container's XHTML, where Tika writes each folder as
 * {@code <div class="email-folder"><h1>name</h1>…messages and subfolders…</div>}. Tika's own {@code pst:folderPath}
 * cannot be used beyond the first level: Tika 3.3.1 builds a subfolder's path from its parent's name, so the
 * messages of Inbox/tmp get "/Top of Outlook data file/Top of Outlook data file/Inbox".
 */
final class PstFolderTrail {

    private static final String FOLDER_CLASS = "email-folder";

    /** For each open div, innermost first: whether it is a folder. */
    private final Deque<Boolean> divs = new ArrayDeque<>();
    /** Names of the open folders, innermost first. */
    private final Deque<StringBuilder> folders = new ArrayDeque<>();
    private boolean awaitingName;
    private boolean inName;

    void startElement(String name, Attributes attributes) {
        if ("div".equals(name)) {
            boolean folder = FOLDER_CLASS.equals(attributes.getValue("class"));
            divs.push(folder);
            if (folder) {
                folders.push(new StringBuilder());
                awaitingName = true;
            }
        } else if ("h1".equals(name) && awaitingName) {
            inName = true;
        }
    }

    void endElement(String name) {
        if ("div".equals(name) && !divs.isEmpty() && divs.pop()) {
            folders.pop();
            awaitingName = false;
        } else if ("h1".equals(name) && inName) {
            inName = false;
            awaitingName = false;
        }
    }

    void characters(char[] ch, int start, int length) {
        if (inName && !folders.isEmpty()) {
            folders.peek().append(ch, start, length);
        }
    }

    /** The open folders, outermost first, or {@code null} when the parse is in none (not in a .pst at all). */
    @Nullable List<String> current() {
        return folders.isEmpty() ? null : folders.reversed().stream().map(name -> name.toString().strip()).toList();
    }
}
