package dev.iqconsole.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source as users read it: a short label linking to the page, instead of the data file's full citation (which
 * stays in the link's tooltip). A citation with no address it can link to is shown as written.
 */
final class SourceLink {

    /** "owner/repo path/to/file @ commit (date)", as the catalog cites files in public GitHub repositories. */
    private static final Pattern GITHUB_FILE =
            Pattern.compile("([\\w.-]+/[\\w.-]+) ([\\w./-]+) @ ([0-9a-f]{7,40})(?: \\((\\d{4}-\\d{2}-\\d{2})\\))?");

    private static final Pattern URL = Pattern.compile("https?://[^\\s),;]+");

    private SourceLink() {}

    static Component of(String citation) {
        Matcher file = GITHUB_FILE.matcher(citation);
        if (file.find()) {
            String what = citation.substring(0, file.start())
                    .replaceFirst("\\s+(seed\\s+)?in\\s*$", "")
                    .strip();
            String name = file.group(2).substring(file.group(2).lastIndexOf('/') + 1);
            String label = (what.isEmpty() ? "" : what + ", ")
                    + name
                    + (file.group(4) == null ? "" : " (" + file.group(4) + ")");
            return link(
                    "https://github.com/" + file.group(1) + "/blob/" + file.group(3) + "/" + file.group(2),
                    label,
                    citation);
        }
        Matcher url = URL.matcher(citation);
        if (url.find()) {
            // the address without its scheme says where it leads (huggingface.co/openai/gpt-oss-20b)
            return link(url.group(), url.group().replaceFirst("https?://(www\\.)?", ""), citation);
        }
        var text = new Span(citation);
        text.addClassName("iqc-source");
        return text;
    }

    private static Anchor link(String href, String label, String citation) {
        var link = new Anchor(href, label);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.getElement().setAttribute("title", citation);
        link.addClassName("iqc-source");
        return link;
    }
}
