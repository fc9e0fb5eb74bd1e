package dev.iqconsole.catalog.ui;

import dev.iqconsole.catalog.Catalog;
import dev.iqconsole.catalog.MachineType;
import dev.iqconsole.catalog.Price;
import dev.iqconsole.catalog.PricingModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which prices the console's costs use, as the About page states them: the price sheets in force (source, date and
 * regions, with how many machine types each prices) and the machine types no public source prices.
 */
final class PriceSheets {

    /** A sheet: one source and date. */
    record Sheet(String label, String url, LocalDate date, List<String> regions, int machineTypes) {}

    /** "Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml @ sha (generated ... from ...)", as prices.csv cites. */
    private static final Pattern GITHUB_FILE = Pattern.compile("([\\w.-]+/[\\w.-]+) ([\\w./-]+) @ ([0-9a-f]{7,40})");

    private static final Pattern URL = Pattern.compile("(?:https?://)?([a-z0-9.-]+\\.[a-z]{2,}/[^\\s\"(),;]*)");

    private final List<Sheet> sheets;
    private final List<String> unpriced;

    private PriceSheets(List<Sheet> sheets, List<String> unpriced) {
        this.sheets = sheets;
        this.unpriced = unpriced;
    }

    /** The sheets of the prices the catalog uses, over every machine type and pricing model. */
    static PriceSheets of(Catalog catalog) {
        Map<String, TreeSet<String>> regions = new TreeMap<>();
        Map<String, TreeSet<String>> machines = new TreeMap<>();
        Map<String, Price> first = new TreeMap<>();
        List<String> unpriced = new ArrayList<>();
        for (MachineType machine : catalog.machineTypes()) {
            boolean any = false;
            for (PricingModel pricing : PricingModel.values()) {
                var price = catalog.price(machine.name(), pricing);
                if (price.isEmpty()) {
                    continue;
                }
                any = true;
                String key = sourceKey(price.get());
                first.putIfAbsent(key, price.get());
                regions.computeIfAbsent(key, k -> new TreeSet<>())
                        .add(price.get().region());
                machines.computeIfAbsent(key, k -> new TreeSet<>()).add(machine.name());
            }
            if (!any) {
                unpriced.add(machine.name());
            }
        }
        List<Sheet> sheets = new ArrayList<>();
        first.forEach((key, price) -> {
            String[] link = link(price.source());
            sheets.add(new Sheet(
                    link[0],
                    link[1],
                    price.priceDate(),
                    List.copyOf(regions.get(key)),
                    machines.get(key).size()));
        });
        sheets.sort((a, b) -> Integer.compare(b.machineTypes(), a.machineTypes()));
        return new PriceSheets(List.copyOf(sheets), List.copyOf(unpriced));
    }

    List<Sheet> sheets() {
        return sheets;
    }

    /** Machine types without any price, for no pricing model. */
    List<String> unpriced() {
        return unpriced;
    }

    /** One sheet per source file or page and date; the citation's remarks (about a row) do not split it. */
    private static String sourceKey(Price price) {
        return link(price.source())[1] + " " + price.priceDate();
    }

    /** A short label and the address of a price citation: {@code pricing.yml @ fd66b26} and its GitHub URL. */
    static String[] link(String citation) {
        Matcher file = GITHUB_FILE.matcher(citation);
        if (file.find()) {
            String name = file.group(2).substring(file.group(2).lastIndexOf('/') + 1);
            return new String[] {
                file.group(1) + " " + name + " @ " + file.group(3).substring(0, 7),
                "https://github.com/" + file.group(1) + "/blob/" + file.group(3) + "/" + file.group(2)
            };
        }
        Matcher url = URL.matcher(citation);
        if (url.find()) {
            String address = url.group(1);
            return new String[] {address.substring(0, address.indexOf('/')), "https://" + address};
        }
        return new String[] {citation, null};
    }
}
