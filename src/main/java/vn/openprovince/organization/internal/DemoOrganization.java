package vn.openprovince.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.audit.AuditTrail;

/**
 * Loads Hòa Bình's units (GSO list of 2025-03-01), their People's Committees, the provincial
 * departments and demo officials into an empty database. Identifier codes are provisional: the
 * province's level-1 code is unverified, so a placeholder ({@value #LEVEL1}) is used and flagged.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("openprovince.demo-data")
class DemoOrganization implements ApplicationRunner {

    static final String LEVEL1 = "H99";
    private static final LocalDate LIST_DATE = LocalDate.of(2025, 3, 1);
    private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

    private final AdministrativeUnits units;
    private final Agencies agencies;
    private final Departments departments;
    private final Officials officials;
    private final AuditTrail audit;

    DemoOrganization(AdministrativeUnits units, Agencies agencies, Departments departments, Officials officials,
                     AuditTrail audit) {
        this.units = units;
        this.agencies = agencies;
        this.departments = departments;
        this.officials = officials;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (units.count() > 0) {
            return;
        }
        var file = read();
        var province = units.save(unit(file.province(), "PROVINCE", null));
        var provincialCommittee = agencies.save(new Agency("Ủy ban nhân dân " + formal(file.province()), "UBND",
                AgencyKind.PEOPLES_COMMITTEE, province.id(), null, IdentifierCode.of(LEVEL1, 0, 0, 0), true, LIST_DATE));
        var provincial = new ArrayList<Agency>();
        int level2 = 1;
        for (var department : PROVINCIAL_AGENCIES) {
            provincial.add(agencies.save(new Agency(department.name(), department.abbreviation(), department.kind(),
                    province.id(), provincialCommittee.id(), IdentifierCode.of(LEVEL1, level2++, 0, 0), true, LIST_DATE)));
        }
        var office = provincial.getFirst();
        var serviceCentre = agencies.save(new Agency("Trung tâm Phục vụ hành chính công tỉnh Hòa Bình", "TTPVHCC",
                AgencyKind.SERVICE_CENTRE, province.id(), office.id(), IdentifierCode.of(LEVEL1, 1, 1, 0), true, LIST_DATE));
        departments(office, OFFICE_DEPARTMENTS);
        provincial.stream().skip(1).forEach(agency -> departments(agency, SPECIALISED_DEPARTMENTS));
        departments(serviceCentre, List.of(new NamedDepartment("Bộ phận Tiếp nhận và Trả kết quả", "TNTKQ")));

        int communeCount = 0;
        level2 = 30;
        for (var districtEntry : file.province().districts()) {
            var district = units.save(unit(districtEntry, "DISTRICT", province.id()));
            int districtLevel2 = level2++;
            var districtCommittee = agencies.save(new Agency("Ủy ban nhân dân " + formal(districtEntry), "UBND",
                    AgencyKind.PEOPLES_COMMITTEE, district.id(), provincialCommittee.id(),
                    IdentifierCode.of(LEVEL1, districtLevel2, 0, 0), true, LIST_DATE));
            departments(districtCommittee, DISTRICT_DEPARTMENTS);
            int level3 = 1;
            for (var communeEntry : districtEntry.communes()) {
                var commune = units.save(unit(communeEntry, "COMMUNE", district.id()));
                var communeCommittee = agencies.save(new Agency("Ủy ban nhân dân " + formal(communeEntry), "UBND",
                        AgencyKind.PEOPLES_COMMITTEE, commune.id(), districtCommittee.id(),
                        IdentifierCode.of(LEVEL1, districtLevel2, level3++, 0), true, LIST_DATE));
                departments(communeCommittee, COMMUNE_DEPARTMENTS);
                communeCount++;
            }
        }
        seedOfficials(provincialCommittee, office, serviceCentre, provincial);
        audit.record("demo-data.organization-loaded", "AdministrativeUnit", province.code(), null,
                "%d districts, %d communes, %d agencies".formatted(file.province().districts().size(), communeCount,
                        agencies.count()));
        log.info("Demo organisation loaded: {} districts, {} communes, {} agencies",
                file.province().districts().size(), communeCount, agencies.count());
    }

    private void seedOfficials(Agency provincialCommittee, Agency office, Agency serviceCentre, List<Agency> provincial) {
        var ict = provincial.stream().filter(agency -> agency.abbreviation().equals("STTTT")).findFirst().orElseThrow();
        official("Trần Minh Quân", "admin", "Chuyên viên quản trị hệ thống", ict, "Văn phòng");
        official("Lê Thị Hồng", "quantri.tinh", "Quản trị hệ thống", office, "Phòng Hành chính - Tổ chức");
        official("Bùi Văn Khánh", "lanhdao.tinh", "Chủ tịch", provincialCommittee, null);
        official("Nguyễn Thị Lan", "vanthu.tinh", "Văn thư", office, "Phòng Hành chính - Tổ chức");
        official("Đinh Thị Mai", "truongphong.tinh", "Trưởng phòng", office, "Phòng Kinh tế");
        official("Phạm Văn Hùng", "chuyenvien.tinh", "Chuyên viên", office, "Phòng Kinh tế");
        official("Hoàng Văn Nam", "motcua.tinh", "Công chức tiếp nhận hồ sơ", serviceCentre, "Bộ phận Tiếp nhận và Trả kết quả");

        var district = committeeOf("148");
        official("Quách Văn Thành", "lanhdao.huyen", "Chủ tịch", district, null);
        official("Đỗ Thị Thu", "vanthu.huyen", "Văn thư", district, "Văn phòng HĐND và UBND");
        official("Xa Văn Tùng", "motcua.huyen", "Công chức tiếp nhận hồ sơ", district, "Bộ phận Một cửa");

        var commune = committeeOf("04789");
        official("Bạch Văn Long", "lanhdao.xa", "Chủ tịch", commune, null);
        official("Đinh Thị Hoa", "vanthu.xa", "Văn phòng - Thống kê", commune, "Văn phòng - Thống kê");
        official("Hà Văn Dũng", "motcua.xa", "Công chức tiếp nhận hồ sơ", commune, "Bộ phận Một cửa");
        official("Lò Thị Xuân", "quantri.xa", "Quản trị hệ thống", commune, "Văn phòng - Thống kê");
        official("Lường Thị Thanh", "chuyenvien.xa", "Công chức Tư pháp - Hộ tịch", commune, "Tư pháp - Hộ tịch");

        var neighbour = committeeOf("04792");
        official("Bùi Thị Nga", "vanthu.xa2", "Văn phòng - Thống kê", neighbour, "Văn phòng - Thống kê");
    }

    private Agency committeeOf(String unitCode) {
        var unit = units.findByCode(unitCode).orElseThrow();
        return agencies.findByUnitIdAndValidToIsNullOrderByName(unit.id()).getFirst();
    }

    private void official(String fullName, String username, String position, Agency agency, String departmentName) {
        UUID departmentId = departmentName == null ? null
                : departments.findByAgencyIdAndValidToIsNullOrderByName(agency.id()).stream()
                        .filter(department -> department.name().equals(departmentName)).findFirst().orElseThrow().id();
        var official = new Official(fullName, demoEmail(username), null, Instant.now());
        official.appoint(agency.id(), departmentId, position, LIST_DATE);
        officials.save(official);
    }

    /** The e-mail of a demo official, by which the identity module links their demo account. */
    static String demoEmail(String username) {
        return username + "@demo.openprovince.vn";
    }

    private void departments(Agency agency, List<NamedDepartment> names) {
        for (var name : names) {
            departments.save(new Department(agency.id(), name.name(), name.abbreviation(), LIST_DATE));
        }
    }

    private static AdministrativeUnit unit(UnitEntry entry, String level, UUID parentId) {
        return new AdministrativeUnit(entry.code(), entry.name(), entry.type(), level, parentId, LIST_DATE);
    }

    /** "Thành phố Hòa Bình" → "thành phố Hòa Bình", as agency names write the unit type. */
    private static String formal(UnitEntry entry) {
        String type = entry.type();
        return entry.name().startsWith(type)
                ? type.toLowerCase(Locale.forLanguageTag("vi")) + entry.name().substring(type.length())
                : entry.name();
    }

    private static UnitFile read() {
        try (InputStream in = new ClassPathResource("seed/hoabinh-units-2025-03.json").getInputStream()) {
            return JsonMapper.builder().build().readValue(in, UnitFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record UnitFile(String source, UnitEntry province) {
    }

    record UnitEntry(String code, String name, String type, List<UnitEntry> districts, List<UnitEntry> communes) {
    }

    record NamedAgency(String name, String abbreviation, AgencyKind kind) {
    }

    record NamedDepartment(String name, String abbreviation) {
    }

    private static final List<NamedAgency> PROVINCIAL_AGENCIES = List.of(
            new NamedAgency("Văn phòng Ủy ban nhân dân tỉnh", "VP", AgencyKind.OFFICE),
            new NamedAgency("Sở Nội vụ", "SNV", AgencyKind.SPECIALISED_DEPARTMENT),
            new NamedAgency("Sở Tài chính", "STC", AgencyKind.SPECIALISED_DEPARTMENT),
            new NamedAgency("Sở Kế hoạch và Đầu tư", "SKHĐT", AgencyKind.SPECIALISED_DEPARTMENT),
            new NamedAgency("Sở Thông tin và Truyền thông", "STTTT", AgencyKind.SPECIALISED_DEPARTMENT),
            new NamedAgency("Sở Tư pháp", "STP", AgencyKind.SPECIALISED_DEPARTMENT),
            new NamedAgency("Sở Tài nguyên và Môi trường", "STNMT", AgencyKind.SPECIALISED_DEPARTMENT),
            new NamedAgency("Sở Xây dựng", "SXD", AgencyKind.SPECIALISED_DEPARTMENT),
            new NamedAgency("Sở Y tế", "SYT", AgencyKind.SPECIALISED_DEPARTMENT),
            new NamedAgency("Sở Giáo dục và Đào tạo", "SGDĐT", AgencyKind.SPECIALISED_DEPARTMENT),
            new NamedAgency("Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT", AgencyKind.SPECIALISED_DEPARTMENT),
            new NamedAgency("Sở Lao động - Thương binh và Xã hội", "SLĐTBXH", AgencyKind.SPECIALISED_DEPARTMENT),
            new NamedAgency("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", AgencyKind.SPECIALISED_DEPARTMENT));

    private static final List<NamedDepartment> OFFICE_DEPARTMENTS = List.of(
            new NamedDepartment("Phòng Hành chính - Tổ chức", "HCTC"),
            new NamedDepartment("Phòng Kinh tế", "KT"),
            new NamedDepartment("Phòng Văn hóa - Xã hội", "VX"),
            new NamedDepartment("Phòng Nội chính", "NC"));

    private static final List<NamedDepartment> SPECIALISED_DEPARTMENTS = List.of(
            new NamedDepartment("Văn phòng", "VP"),
            new NamedDepartment("Thanh tra", "TTr"),
            new NamedDepartment("Phòng Kế hoạch - Tài chính", "KHTC"));

    private static final List<NamedDepartment> DISTRICT_DEPARTMENTS = List.of(
            new NamedDepartment("Văn phòng HĐND và UBND", "VP"),
            new NamedDepartment("Phòng Nội vụ", "NV"),
            new NamedDepartment("Phòng Tài chính - Kế hoạch", "TCKH"),
            new NamedDepartment("Bộ phận Một cửa", "BPMC"));

    private static final List<NamedDepartment> COMMUNE_DEPARTMENTS = List.of(
            new NamedDepartment("Văn phòng - Thống kê", "VPTK"),
            new NamedDepartment("Tư pháp - Hộ tịch", "TPHT"),
            new NamedDepartment("Địa chính - Xây dựng", "ĐCXD"),
            new NamedDepartment("Bộ phận Một cửa", "BPMC"));
}
