namespace Mingle.Demo;

/// <summary>
/// Hand-made first and last names by culture, so a Lisbon team mostly has Portuguese names and a Bangalore team
/// Indian ones, with the mix a global company really has. Pools are indexed as in <see cref="Pools"/>.
/// </summary>
internal static class DemoNames
{
    public const int Portuguese = 0, English = 1, German = 2, Spanish = 3, Indian = 4, Chinese = 5, SoutheastAsian = 6,
        African = 7, MiddleEastern = 8, EastAsian = 9, EasternEuropean = 10, FrenchItalian = 11;

    public static readonly (string[] First, string[] Last)[] Pools =
    [
        Pool("Ana João Maria Pedro Inês Tiago Beatriz Rui Catarina Miguel Sofia Diogo Mariana Gonçalo Rita Bruno Joana Rafael Carolina Nuno Leonor André Marta Tomás Luísa Thiago Camila Lucas Larissa Gabriel",
             "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Vieira Barbosa Rocha Cardoso Araújo Monteiro"),
        Pool("James Olivia Oliver Emily Harry Charlotte Jack Grace George Lucy Thomas Hannah William Sophie Daniel Chloe Matthew Emma Ryan Megan Michael Jessica Ethan Abigail Noah Madison Samuel Ella Benjamin Amelia",
             "Smith Johnson Williams Brown Jones Taylor Wilson Davies Evans Thomas Roberts Walker Wright Thompson White Hughes Edwards Green Hall Wood Harris Clarke Jackson Turner Hill Moore Cooper Ward Morgan Bennett"),
        Pool("Lukas Anna Leon Lea Felix Hannah Jonas Lena Maximilian Laura Paul Julia Finn Sarah Niklas Lisa Tobias Katharina Jan Johanna Moritz Marie Florian Clara Sebastian Greta Matthias Franziska Stefan Annika",
             "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner Krause Lehmann Köhler Maier Vogel Frank"),
        Pool("Alejandro Lucía Carlos Valentina Javier Isabella Diego Martina Mateo Daniela Santiago Paula Andrés Elena Pablo Sara Sebastián Carmen Luis Gabriela Manuel Natalia Fernando Adriana Jorge Camila Ricardo Mariana Emilio Ximena",
             "García Rodríguez Martínez López Hernández González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Morales Reyes Cruz Ortiz Gutiérrez Chávez Ramos Vargas Castillo Jiménez Moreno Romero Herrera Medina Aguilar Castro"),
        Pool("Priya Arjun Ananya Rahul Divya Vikram Aisha Rohan Kavya Aditya Sneha Karthik Meera Siddharth Pooja Nikhil Lakshmi Varun Deepika Sanjay Neha Rajesh Shreya Amit Nandini Harsh Ishita Manoj Riya Suresh",
             "Sharma Patel Reddy Iyer Nair Gupta Singh Kumar Rao Menon Krishnan Joshi Mehta Desai Pillai Verma Agarwal Banerjee Chatterjee Raman Subramanian Bhat Kapoor Malhotra Chopra Naidu Mishra Shetty Kulkarni Srinivasan"),
        Pool("Wei Mei Jun Li Hao Xin Yang Ying Chen Jing Ming Lan Tao Hui Feng Yan Lei Qing Bo Fang Jie Xiu Kai Ling Rui Shan Yu Zhen Long Ning",
             "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Tan Lim Ng Goh Teo Ong Lee Koh Chua Tay"),
        Pool("Nurul Ahmad Siti Farid Putri Hafiz Dewi Rizal Linh Minh Thanh Huong Duc Mai Anh Tuan Maria Jose Angelica Paolo Kristine Mark Aditi Budi Sari Agus Wulan Arif Ayu Hendra",
             "Abdullah Rahman Ismail Hassan Ibrahim Yusof Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Wijaya Santoso Susanto Halim Gunawan Setiawan Pratama"),
        Pool("Chinedu Amara Kwame Ama Oluwaseun Ngozi Kofi Abena Tunde Chiamaka Emeka Adaeze Yaw Efua Babajide Folake Kwabena Nneka Obinna Ifeoma Jabari Wanjiru Kamau Achieng Tendai Thandiwe Sipho Zanele Musa Aisha",
             "Okafor Adeyemi Mensah Osei Okonkwo Boateng Nwosu Asante Eze Owusu Adebayo Okeke Appiah Balogun Nwachukwu Danso Ogunleye Agyeman Odhiambo Mwangi Kariuki Otieno Moyo Ndlovu Dlamini Nkosi Abiodun Afolabi Chukwu Okoro"),
        Pool("Omar Layla Youssef Fatima Karim Nour Ali Yasmin Hassan Leila Mehmet Elif Ahmet Zeynep Reza Shirin Tariq Rania Samir Dina Kerem Selin Amir Noor Bilal Hana Emre Aylin Farhan Maryam",
             "Haddad Khalil Mansour Nasser Saleh Aziz Farouk Hamdan Darwish Kaya Yilmaz Demir Şahin Çelik Aydın Öztürk Arslan Doğan Hosseini Ahmadi Karimi Rahimi Mohammadi Rezaei Qureshi Siddiqui Malik Sheikh Hakim Bakr"),
        Pool("Haruto Yui Sota Hina Ren Aoi Yuto Sakura Kenji Yuki Takumi Mio Daiki Rin Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Ji-woo Hyun-woo Soo-ah Jae-won Eun-ji Sung-min Ye-jin Shota Emi Riku Nanami",
             "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang"),
        Pool("Jakub Zuzanna Kacper Julia Mateusz Maja Piotr Aleksandra Tomasz Natalia Olena Andriy Iryna Dmytro Kateryna Oleksandr Marta Bartosz Agnieszka Michał Viktoria Taras Oksana Pavel Tereza Ondřej Lucie Petra Marek Ivana",
             "Kowalski Nowak Wiśniewska Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Melnyk Boyko Moroz Novák Svoboda Dvořák Černý Procházka Kučera Horváth Nagy Tóth Szabó"),
        Pool("Louis Camille Hugo Manon Arthur Léa Jules Chloé Théo Inès Gabriel Juliette Raphaël Zoé Matteo Giulia Lorenzo Sofia Alessandro Francesca Leonardo Chiara Marco Aurora Davide Elisa Luca Martina Federico Alice",
             "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Laurent Lefebvre Michel Garnier Rousseau Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano"),
    ];

    static (string[] First, string[] Last) Pool(string first, string last) =>
        (first.Split(' ', StringSplitOptions.RemoveEmptyEntries), last.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
