package org.csucasework.casehistory.internal;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's upload limits follow the documents' limit ({@code casework.documents.max-size}): a file
 * over it is stopped by the container while it arrives, before the application stores any of it; the request may be
 * a little larger for the form's other fields. Spring Boot's own multipart settings step back for this bean.
 */
@Configuration(proxyBeanMethods = false)
class DocumentUploadConfiguration {

    /** Room for the other fields of an upload form (the description) and the multipart boundaries. */
    private static final long FORM_OVERHEAD = 1024 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(@Value("${casework.documents.max-size:20MB}") DataSize maxSize) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(maxSize);
        factory.setMaxRequestSize(DataSize.ofBytes(maxSize.toBytes() + FORM_OVERHEAD));
        // Anything above this goes to a temporary file, not the heap.
        factory.setFileSizeThreshold(DataSize.ofKilobytes(256));
        return factory.createMultipartConfig();
    }
}
